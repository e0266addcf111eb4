import { SingleSelect, SingleSelectOption } from '@strapi/design-system';
import type { Weekday } from '../../../../server/src/directory/schemas';
import { useFieldText } from '../use-field-text';
import { weekdayNames } from '../values/calendar';
import { LabelledField, type LabelledFieldProps } from './LabelledField';

/** A labelled choice of one weekday, Monday to Sunday, named in the admin's language. */
export const WeekdayField = ({
  value,
  onChange,
  disabled,
  ...field
}: LabelledFieldProps<Weekday>) => {
  const { locale } = useFieldText();
  return (
    <LabelledField {...field} width="wide">
      <SingleSelect value={value} onChange={(day) => onChange(day as Weekday)} disabled={disabled}>
        {weekdayNames(locale).map(({ day, name }) => (
          <SingleSelectOption key={day} value={day}>
            {name}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </LabelledField>
  );
};
