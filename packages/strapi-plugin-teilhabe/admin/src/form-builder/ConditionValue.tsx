import type { ConditionSource } from './conditions';
import type { DraftCondition } from './draft';
import { NumberSetting } from './NumberSetting';
import { PlainTextSetting } from './PlainTextSetting';
import { SelectSetting } from './SelectSetting';
import { useText } from './use-text';

export interface ConditionValueProps {
  path: string;
  source: ConditionSource;
  value: DraftCondition['value'];
  onChange(next: DraftCondition['value']): void;
}

/** The value a condition compares with, in the terms of the field it refers to. */
export const ConditionValue = ({ path, source, value, onChange }: ConditionValueProps) => {
  const t = useText();
  const label = t('prop.value');
  switch (source.type) {
    case 'yesNo':
    case 'consent':
      return (
        <SelectSetting
          path={path}
          label={label}
          value={value === undefined ? undefined : String(value)}
          choices={[
            { value: 'true', label: t('value.yes') },
            { value: 'false', label: t('value.no') },
          ]}
          onChange={(next) => onChange(next === 'true')}
        />
      );
    case 'singleChoice':
    case 'multipleChoice':
      return (
        <SelectSetting
          path={path}
          label={label}
          value={typeof value === 'string' ? value : undefined}
          placeholder={t('value.choose-option')}
          choices={source.options.map((option) => ({
            value: option.value,
            label: option.label.de || option.value,
          }))}
          onChange={onChange}
        />
      );
    case 'number':
      return (
        <NumberSetting
          path={path}
          label={label}
          value={typeof value === 'number' ? value : undefined}
          onChange={onChange}
        />
      );
    default:
      return (
        <PlainTextSetting
          path={path}
          label={label}
          value={typeof value === 'string' ? value : ''}
          onChange={(next) => onChange(next === '' ? undefined : next)}
        />
      );
  }
};
