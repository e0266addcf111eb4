import { Box, Field } from '@strapi/design-system';
import type { ReactNode } from 'react';

/** What a labelled input within a custom field is given. */
export interface LabelledFieldProps<T> {
  /** Unique in the edit view, e.g. `openingHours-weekly-0-opens`. */
  id: string;
  label: string;
  value: T;
  onChange: (value: T) => void;
  disabled: boolean;
  /** What is wrong with it, in the admin's language. */
  error?: string;
}

/** Widths of the inputs in a row, so that a weekday and two times fit on one line. */
const WIDTHS = { full: '100%', wide: '18rem', narrow: '16rem' } as const;

/**
 * One input with its visible label and what is wrong with it, as Strapi's
 * own fields show them (the label names the input, the error describes it).
 */
export const LabelledField = ({
  id,
  label,
  error,
  width,
  children,
}: Pick<LabelledFieldProps<unknown>, 'id' | 'label' | 'error'> & {
  width: keyof typeof WIDTHS;
  children: ReactNode;
}) => (
  <Box width={WIDTHS[width]}>
    <Field.Root id={id} name={id} error={error}>
      <Field.Label>{label}</Field.Label>
      {children}
      <Field.Error />
    </Field.Root>
  </Box>
);
