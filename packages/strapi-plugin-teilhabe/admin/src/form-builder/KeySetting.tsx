import { PlainTextSetting } from './PlainTextSetting';
import type { AutoKey } from './use-auto-key';
import { useText } from './use-text';

export interface KeySettingProps {
  path: string;
  value: string;
  onChange(next: string): void;
  autoKey: AutoKey;
  label?: string;
}

/** The key or code of an item; typing in it stops it from following the label. */
export const KeySetting = ({ path, value, onChange, autoKey, label }: KeySettingProps) => {
  const t = useText();
  return (
    <PlainTextSetting
      path={path}
      label={label ?? t('prop.key')}
      hint={t('prop.key-hint')}
      value={value}
      code
      required
      onChange={(next) => {
        autoKey.released(value);
        onChange(next);
      }}
    />
  );
};
