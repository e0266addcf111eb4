import { NumberSetting } from './NumberSetting';
import { SettingsGrid } from './SettingsGrid';
import { useText } from './use-text';

export interface LengthRulesProps {
  path: string;
  minLength?: number;
  maxLength?: number;
  onChange(next: { minLength: number | undefined; maxLength: number | undefined }): void;
}

/** Shortest and longest answer of a text field, in characters. */
export const LengthRules = ({ path, minLength, maxLength, onChange }: LengthRulesProps) => {
  const t = useText();
  return (
    <SettingsGrid>
      <NumberSetting
        path={`${path}.minLength`}
        label={t('prop.minLength')}
        value={minLength}
        onChange={(next) => onChange({ minLength: next, maxLength })}
      />
      <NumberSetting
        path={`${path}.maxLength`}
        label={t('prop.maxLength')}
        value={maxLength}
        onChange={(next) => onChange({ minLength, maxLength: next })}
      />
    </SettingsGrid>
  );
};
