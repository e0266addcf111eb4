import { ChoiceSettings } from './ChoiceSettings';
import type { ConditionSource } from './conditions';
import { DateRules } from './DateRules';
import type { DraftField } from './draft';
import { FileRules } from './FileRules';
import { GroupSettings } from './GroupSettings';
import { LengthRules } from './LengthRules';
import { NumberRules } from './NumberRules';
import { PatternRules } from './PatternRules';
import { TextEditor } from './TextEditor';
import { useText } from './use-text';

export interface TypeSettingsProps {
  path: string;
  field: DraftField;
  onChange(next: DraftField): void;
  /** For a group's fields: the fields their conditions may refer to. */
  sources: readonly ConditionSource[];
}

/** The settings only one type of field has: its rules, options, text or sub-fields. */
export const TypeSettings = ({ path, field, onChange, sources }: TypeSettingsProps) => {
  const t = useText();
  switch (field.type) {
    case 'shortText':
      return (
        <>
          <LengthRules
            path={path}
            {...field}
            onChange={(next) => onChange({ ...field, ...next })}
          />
          <PatternRules
            path={path}
            {...field}
            onChange={(next) => onChange({ ...field, ...next })}
          />
        </>
      );
    case 'longText':
      return (
        <LengthRules path={path} {...field} onChange={(next) => onChange({ ...field, ...next })} />
      );
    case 'number':
      return (
        <NumberRules
          path={path}
          min={field.min}
          max={field.max}
          integer={field.integer ?? true}
          onChange={(next) => onChange({ ...field, ...next })}
        />
      );
    case 'date':
      return (
        <DateRules
          path={path}
          min={field.min}
          max={field.max}
          onChange={(next) => onChange({ ...field, ...next })}
        />
      );
    case 'singleChoice':
    case 'multipleChoice':
      return <ChoiceSettings path={path} field={field} onChange={onChange} />;
    case 'file':
      return (
        <FileRules
          path={path}
          accept={field.accept}
          maxBytes={field.maxBytes}
          maxFiles={field.maxFiles}
          onChange={(next) => onChange({ ...field, ...next })}
        />
      );
    case 'group':
      return <GroupSettings path={path} field={field} onChange={onChange} sources={sources} />;
    case 'info':
      return (
        <TextEditor
          path={`${path}.body`}
          label={t('prop.body')}
          value={field.body}
          multiline
          onChange={(body) => onChange({ ...field, body: body ?? { de: '' } })}
        />
      );
    default:
      return null;
  }
};
