import { Box, Checkbox, Flex, Typography } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { forwardRef } from 'react';
import { openingHoursSchema } from '../../../server/src/directory/schemas';
import { DateField } from './parts/DateField';
import { FieldFrame, type CustomFieldProps } from './parts/FieldFrame';
import { Rows } from './parts/Rows';
import { TimeField } from './parts/TimeField';
import { WeekdayField } from './parts/WeekdayField';
import { useFieldText } from './use-field-text';
import { useProblems } from './use-problems';
import {
  nextSlot,
  readOpeningHours,
  withClosed,
  writeOpeningHours,
  type OpeningHoursEntry,
} from './values/opening-hours';

/** As many rows as `openingHoursSchema` allows. */
const MAX_ROWS = { weekly: 50, exceptions: 100 } as const;

type List = keyof OpeningHoursEntry;
type Row<K extends List> = OpeningHoursEntry[K][number];
/** The inputs of a row, each with its label `opening-hours.<part>`. */
type Part = 'day' | 'date' | 'opens' | 'closes';

const Heading = ({ children }: { children: string }) => (
  <Typography tag="h3" variant="sigma" textColor="neutral700">
    {children}
  </Typography>
);

/**
 * The admin input of opening hours: rows of weekday, from and to (several
 * rows per day allowed), and rows of dated exceptions, closed all day or
 * open with other hours. Stores the JSON `openingHoursSchema` describes;
 * what is wrong is said in the row where it is.
 */
export const OpeningHoursInput = forwardRef<HTMLFieldSetElement, CustomFieldProps>(
  ({ name, disabled = false, ...frame }, ref) => {
    const { text } = useFieldText();
    const field = useField<OpeningHoursEntry | null>(name);
    const hours = readOpeningHours(field.value);
    const problems = useProblems(openingHoursSchema, field.value);
    const store = <K extends List>(list: K, rows: Row<K>[]) =>
      field.onChange(name, writeOpeningHours({ ...hours, [list]: rows }));
    const set = <K extends List>(list: K, index: number, row: Row<K>) =>
      store(
        list,
        hours[list].map((other, position) => (position === index ? row : other)) as Row<K>[]
      );
    /** What both lists of rows share: adding at the end, removing any. */
    const rowsOf = <K extends List>(list: K, added: () => Row<K>) => ({
      items: hours[list] as readonly Row<K>[],
      max: MAX_ROWS[list],
      disabled,
      onAdd: () => store(list, [...(hours[list] as Row<K>[]), added()]),
      onRemove: (index: number) =>
        store(
          list,
          (hours[list] as Row<K>[]).filter((_, other) => other !== index)
        ),
    });
    const id = (...path: Array<string | number>) => [name, ...path].join('-');
    /** One input of a row; that a row closes before it opens is said at "Bis". */
    const fieldOf = <R extends Row<List>, P extends keyof R & Part>(
      list: List,
      index: number,
      row: R,
      part: P
    ) => ({
      id: id(list, index, part),
      label: text(`opening-hours.${part}`),
      value: row[part],
      onChange: (value: R[P]) => set(list, index, { ...row, [part]: value }),
      disabled,
      error: problems.at([list, index, part], ...(part === 'closes' ? [[list, index]] : [])),
    });
    const hoursOf = (list: List, index: number, row: Row<List>) =>
      (['opens', 'closes'] as const).map((part) => (
        <TimeField key={part} {...fieldOf(list, index, row, part)} value={row[part] ?? ''} />
      ));

    return (
      <FieldFrame ref={ref} {...frame} error={problems.summary()}>
        <Heading>{text('opening-hours.weekly')}</Heading>
        <Rows
          {...rowsOf('weekly', () => nextSlot(hours.weekly))}
          emptyText={text('opening-hours.no-weekly')}
          addLabel={text('opening-hours.add-slot')}
          removeLabel={(position) => text('opening-hours.remove-slot', { position })}
          render={(slot, index) => (
            <Flex gap={3} alignItems="flex-start" wrap="wrap">
              <WeekdayField {...fieldOf('weekly', index, slot, 'day')} />
              {hoursOf('weekly', index, slot)}
            </Flex>
          )}
        />
        <Heading>{text('opening-hours.exceptions')}</Heading>
        <Rows
          {...rowsOf('exceptions', () => ({ date: '', closed: true }))}
          emptyText={text('opening-hours.no-exceptions')}
          addLabel={text('opening-hours.add-exception')}
          removeLabel={(position) => text('opening-hours.remove-exception', { position })}
          render={(exception, index) => (
            <Flex gap={3} alignItems="flex-start" wrap="wrap">
              <DateField {...fieldOf('exceptions', index, exception, 'date')} />
              <Box paddingTop={7}>
                <Checkbox
                  checked={exception.closed}
                  onCheckedChange={(checked) =>
                    set('exceptions', index, withClosed(exception, checked === true))
                  }
                  disabled={disabled}
                >
                  {text('opening-hours.closed')}
                </Checkbox>
              </Box>
              {exception.closed ? null : hoursOf('exceptions', index, exception)}
            </Flex>
          )}
        />
      </FieldFrame>
    );
  }
);

OpeningHoursInput.displayName = 'OpeningHoursInput';
