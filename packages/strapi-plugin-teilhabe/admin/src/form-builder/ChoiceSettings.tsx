import { Flex } from '@strapi/design-system';
import { CheckboxSetting } from './CheckboxSetting';
import type { DraftField } from './draft';
import { NumberSetting } from './NumberSetting';
import { OptionsEditor } from './OptionsEditor';
import { PlainTextSetting } from './PlainTextSetting';
import { SelectSetting } from './SelectSetting';
import { SettingsGrid } from './SettingsGrid';
import { useText } from './use-text';

type ChoiceField = Extract<DraftField, { type: 'singleChoice' | 'multipleChoice' }>;

/** A field of a step, not of a repeated group: `steps.0.fields.2`. */
const isTopLevel = (path: string): boolean => /^steps\.\d+\.fields\.\d+$/.test(path);

export interface ChoiceSettingsProps {
  path: string;
  field: ChoiceField;
  onChange(next: ChoiceField): void;
}

/**
 * The options of a single or multiple choice, either a fixed list or the
 * offers of a directory category; a single choice's display and whether it
 * is counted for the statistics, a multiple choice's limits.
 */
export const ChoiceSettings = ({ path, field, onChange }: ChoiceSettingsProps) => {
  const t = useText();
  const fromDirectory = field.optionsFromDirectory !== undefined;
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <CheckboxSetting
        path={`${path}.optionsFromDirectory`}
        label={t('prop.optionsFromDirectory')}
        checked={fromDirectory}
        onChange={(on) => {
          const next = { ...field, optionsFromDirectory: on ? { category: '' } : undefined };
          // Answers from the directory cannot be counted: the flag goes with them.
          onChange(on && next.type === 'singleChoice' ? { ...next, statistical: undefined } : next);
        }}
      />
      {field.optionsFromDirectory ? (
        <PlainTextSetting
          path={`${path}.optionsFromDirectory.category`}
          label={t('prop.category')}
          hint={t('prop.category-hint')}
          value={field.optionsFromDirectory.category}
          code
          required
          onChange={(category) => onChange({ ...field, optionsFromDirectory: { category } })}
        />
      ) : (
        <OptionsEditor
          path={`${path}.options`}
          fieldKey={field.key}
          options={field.options ?? []}
          onChange={(options) => onChange({ ...field, options })}
        />
      )}
      {field.type === 'singleChoice' && !fromDirectory && isTopLevel(path) ? (
        <CheckboxSetting
          path={`${path}.statistical`}
          label={t('prop.statistical')}
          hint={t('prop.statistical-hint')}
          checked={field.statistical === true}
          onChange={(on) => onChange({ ...field, statistical: on ? true : undefined })}
        />
      ) : null}
      {field.type === 'singleChoice' ? (
        <SelectSetting
          path={`${path}.display`}
          label={t('prop.display')}
          value={field.display ?? 'radios'}
          choices={[
            { value: 'radios', label: t('display.radios') },
            { value: 'select', label: t('display.select') },
          ]}
          onChange={(display) =>
            onChange({ ...field, display: display === 'select' ? 'select' : 'radios' })
          }
        />
      ) : (
        <SettingsGrid>
          <NumberSetting
            path={`${path}.minSelected`}
            label={t('prop.minSelected')}
            value={field.minSelected}
            onChange={(minSelected) => onChange({ ...field, minSelected })}
          />
          <NumberSetting
            path={`${path}.maxSelected`}
            label={t('prop.maxSelected')}
            value={field.maxSelected}
            onChange={(maxSelected) => onChange({ ...field, maxSelected })}
          />
        </SettingsGrid>
      )}
    </Flex>
  );
};
