import type { DateBound } from '@teilhabe/forms';
import { Flex } from '@strapi/design-system';
import { NumberSetting } from './NumberSetting';
import { PlainTextSetting } from './PlainTextSetting';
import { SelectSetting } from './SelectSetting';
import { useText } from './use-text';

type BoundKind = 'none' | 'fixed' | 'relative';

const kindOf = (bound: DateBound | undefined): BoundKind =>
  bound === undefined ? 'none' : typeof bound === 'string' ? 'fixed' : 'relative';

export interface DateBoundSettingProps {
  path: string;
  label: string;
  value: DateBound | undefined;
  onChange(next: DateBound | undefined): void;
}

/** The earliest or latest date: none, a fixed date, or "heute ± Tage". */
export const DateBoundSetting = ({ path, label, value, onChange }: DateBoundSettingProps) => {
  const t = useText();
  const kind = kindOf(value);
  const choose = (next: string) => {
    if (next === 'none') {
      onChange(undefined);
    } else if (next === 'fixed') {
      onChange(new Date().toISOString().slice(0, 10));
    } else {
      onChange({ todayPlusDays: 0 });
    }
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <SelectSetting
        path={`${path}-kind`}
        label={t('date.kind', { bound: label })}
        value={kind}
        choices={[
          { value: 'none', label: t('date.none') },
          { value: 'fixed', label: t('date.fixed') },
          { value: 'relative', label: t('date.relative') },
        ]}
        onChange={choose}
      />
      {typeof value === 'string' ? (
        <PlainTextSetting path={path} label={label} type="date" value={value} onChange={onChange} />
      ) : null}
      {typeof value === 'object' ? (
        <NumberSetting
          path={path}
          label={t('date.days')}
          hint={t('date.days-hint')}
          value={value.todayPlusDays}
          onChange={(days) => onChange({ todayPlusDays: days ?? 0 })}
        />
      ) : null}
    </Flex>
  );
};
