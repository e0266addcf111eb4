import { DatePicker } from '@strapi/design-system';
import { useFieldText } from '../use-field-text';
import { pickerDate, storedDate } from '../values/calendar';
import { LabelledField, type LabelledFieldProps } from './LabelledField';

/** A labelled calendar date (Strapi's date picker), stored as `YYYY-MM-DD`, `''` for none. */
export const DateField = ({ value, onChange, disabled, ...field }: LabelledFieldProps<string>) => {
  const { text } = useFieldText();
  return (
    <LabelledField {...field} width="wide">
      <DatePicker
        value={pickerDate(value)}
        onChange={(date) => onChange(storedDate(date))}
        onClear={() => onChange('')}
        clearLabel={text('input.clear-date')}
        disabled={disabled}
      />
    </LabelledField>
  );
};
