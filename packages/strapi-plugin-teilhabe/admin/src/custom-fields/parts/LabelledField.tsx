import { Field } from '@strapi/design-system';
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

/**
 * One input with its visible label and what is wrong with it, as Strapi's
 * own fields show them (the label names the input, the error describes it).
 */
export const LabelledField = ({
  id,
  label,
  error,
  children,
}: Pick<LabelledFieldProps<unknown>, 'id' | 'label' | 'error'> & { children: ReactNode }) => (
  <Field.Root id={id} name={id} error={error}>
    <Field.Label>{label}</Field.Label>
    {children}
    <Field.Error />
  </Field.Root>
);
