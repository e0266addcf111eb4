import { TimePicker } from '@strapi/design-system';
import { useFieldText } from '../use-field-text';
import { storedTime } from '../values/calendar';
import { LabelledField, type LabelledFieldProps } from './LabelledField';

/**
 * A labelled time of day (Strapi's time picker: quarter hours to pick, any
 * time to type), stored as `HH:MM`, `''` for none.
 */
export const TimeField = ({ value, onChange, disabled, ...field }: LabelledFieldProps<string>) => {
  const { text } = useFieldText();
  return (
    <LabelledField {...field} width="narrow">
      <TimePicker
        value={value}
        onChange={(time) => onChange(storedTime(time))}
        onClear={() => onChange('')}
        clearLabel={text('input.clear-time')}
        disabled={disabled}
      />
    </LabelledField>
  );
};
