import { CheckboxSetting } from './CheckboxSetting';
import { NumberSetting } from './NumberSetting';
import { SettingsGrid } from './SettingsGrid';
import { useText } from './use-text';

export interface NumberRulesProps {
  path: string;
  min: number | undefined;
  max: number | undefined;
  integer: boolean;
  onChange(next: { min: number | undefined; max: number | undefined; integer: boolean }): void;
}

/** Smallest and largest value of a number field, and whether it must be whole. */
export const NumberRules = ({ path, min, max, integer, onChange }: NumberRulesProps) => {
  const t = useText();
  return (
    <SettingsGrid>
      <NumberSetting
        path={`${path}.min`}
        label={t('prop.min')}
        value={min}
        onChange={(next) => onChange({ min: next, max, integer })}
      />
      <NumberSetting
        path={`${path}.max`}
        label={t('prop.max')}
        value={max}
        onChange={(next) => onChange({ min, max: next, integer })}
      />
      <CheckboxSetting
        path={`${path}.integer`}
        label={t('prop.integer')}
        checked={integer}
        onChange={(next) => onChange({ min, max, integer: next })}
      />
    </SettingsGrid>
  );
};
