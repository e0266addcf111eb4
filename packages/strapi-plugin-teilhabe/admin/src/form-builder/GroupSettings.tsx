import { Flex } from '@strapi/design-system';
import type { ConditionSource } from './conditions';
import type { DraftField } from './draft';
import { FieldList } from './FieldList';
import { GROUP_ITEM_TYPES, isGroupItem } from './field-types';
import { NumberSetting } from './NumberSetting';
import { SettingsGrid } from './SettingsGrid';
import { TextEditor } from './TextEditor';
import { useText } from './use-text';

type GroupField = Extract<DraftField, { type: 'group' }>;

export interface GroupSettingsProps {
  path: string;
  field: GroupField;
  onChange(next: GroupField): void;
  sources: readonly ConditionSource[];
}

/** "Weitere hinzufügen": the label of one item, how many items, the fields of each. */
export const GroupSettings = ({ path, field, onChange, sources }: GroupSettingsProps) => {
  const t = useText();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <TextEditor
        path={`${path}.itemLabel`}
        label={t('prop.itemLabel')}
        hint={t('prop.itemLabel-hint')}
        value={field.itemLabel}
        onChange={(itemLabel) => onChange({ ...field, itemLabel: itemLabel ?? { de: '' } })}
      />
      <SettingsGrid>
        <NumberSetting
          path={`${path}.minItems`}
          label={t('prop.minItems')}
          value={field.minItems}
          onChange={(minItems) => onChange({ ...field, minItems })}
        />
        <NumberSetting
          path={`${path}.maxItems`}
          label={t('prop.maxItems')}
          value={field.maxItems}
          onChange={(maxItems) => onChange({ ...field, maxItems })}
        />
      </SettingsGrid>
      <FieldList
        path={`${path}.fields`}
        title={t('prop.fields')}
        emptyText={t('fields.group-empty')}
        fields={field.fields}
        types={GROUP_ITEM_TYPES}
        keyList={`group:${field.key}`}
        sourcesFor={() => sources}
        onChange={(fields) => onChange({ ...field, fields: fields.filter(isGroupItem) })}
      />
    </Flex>
  );
};
