import { Flex } from '@strapi/design-system';
import { CheckboxSetting } from './CheckboxSetting';
import { ConditionEditor } from './ConditionEditor';
import type { ConditionSource } from './conditions';
import type { DraftField, DraftText } from './draft';
import { KeySetting } from './KeySetting';
import { PlainTextSetting } from './PlainTextSetting';
import { SettingsGrid } from './SettingsGrid';
import { TextEditor } from './TextEditor';
import { TypeSettings } from './TypeSettings';
import type { AutoKey } from './use-auto-key';
import { useText } from './use-text';

export interface FieldSettingsProps {
  path: string;
  field: DraftField;
  onChange(next: DraftField): void;
  onLabelChange(label: DraftText): void;
  autoKey: AutoKey;
  sources: readonly ConditionSource[];
}

/**
 * Everything about one field: label, key, hint, whether it is required and
 * why it is asked, the settings of its type, and when it is shown.
 */
export const FieldSettings = ({
  path,
  field,
  onChange,
  onLabelChange,
  autoKey,
  sources,
}: FieldSettingsProps) => {
  const t = useText();
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <TextEditor
        path={`${path}.label`}
        label={t('prop.label')}
        value={field.label}
        multiline={field.type === 'consent'}
        onChange={(label) => onLabelChange(label ?? { de: '' })}
      />
      <SettingsGrid>
        <KeySetting
          path={`${path}.key`}
          value={field.key}
          autoKey={autoKey}
          onChange={(key) => onChange({ ...field, key })}
        />
        {field.type === 'heading' || field.type === 'info' ? null : (
          <CheckboxSetting
            path={`${path}.required`}
            label={t('prop.required')}
            checked={field.required === true}
            onChange={(required) => onChange({ ...field, required })}
          />
        )}
      </SettingsGrid>
      {'purpose' in field ? (
        <PlainTextSetting
          path={`${path}.purpose`}
          label={t('prop.purpose')}
          hint={t('prop.purpose-hint')}
          value={field.purpose}
          required
          onChange={(purpose) => onChange({ ...field, purpose })}
        />
      ) : null}
      <TextEditor
        path={`${path}.hint`}
        label={t('prop.hint')}
        value={field.hint}
        optional
        onChange={(hint) => onChange({ ...field, hint })}
      />
      <TypeSettings path={path} field={field} onChange={onChange} sources={sources} />
      <ConditionEditor
        path={`${path}.condition`}
        value={field.condition}
        sources={sources}
        onChange={(condition) => onChange({ ...field, condition })}
      />
    </Flex>
  );
};
