import type { DateBound } from '@teilhabe/forms';
import { DateBoundSetting } from './DateBoundSetting';
import { SettingsGrid } from './SettingsGrid';
import { useText } from './use-text';

export interface DateRulesProps {
  path: string;
  min: DateBound | undefined;
  max: DateBound | undefined;
  onChange(next: { min: DateBound | undefined; max: DateBound | undefined }): void;
}

/** The earliest and the latest date a date field accepts. */
export const DateRules = ({ path, min, max, onChange }: DateRulesProps) => {
  const t = useText();
  return (
    <SettingsGrid>
      <DateBoundSetting
        path={`${path}.min`}
        label={t('prop.date-min')}
        value={min}
        onChange={(next) => onChange({ min: next, max })}
      />
      <DateBoundSetting
        path={`${path}.max`}
        label={t('prop.date-max')}
        value={max}
        onChange={(next) => onChange({ min, max: next })}
      />
    </SettingsGrid>
  );
};
