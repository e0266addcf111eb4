import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { forwardRef } from 'react';
import type { FormChoice } from '../../../server/src/forms/choices/service';
import { useInboxData } from '../inbox/use-inbox-data';
import type { CustomFieldProps } from './parts/FieldFrame';
import { useFieldText } from './use-field-text';

/**
 * The admin input of a link to a form (an offer's registration form): a choice among the forms by German title. Stores the
 * form's slug. A form without a published version is marked: the portal
 * shows the link only once it is published.
 */
export const FormChoiceInput = forwardRef<HTMLDivElement, CustomFieldProps>(
  ({ name, label, hint, labelAction, required = false, disabled = false }, ref) => {
    const { text } = useFieldText();
    const field = useField<string | null>(name);
    const slug = typeof field.value === 'string' && field.value ? field.value : null;
    const choices = useInboxData<FormChoice[]>('/teilhabe/forms/choices');
    const known = choices.data ?? [];
    const labelOf = (choice: FormChoice) =>
      choice.published ? choice.title : text('form-choice.unpublished', { title: choice.title });
    const missing = slug && !choices.loading && !known.some((choice) => choice.slug === slug);
    const error = choices.error ? text('form-choice.load-failed') : undefined;

    return (
      <Field.Root name={name} id={name} required={required} hint={hint} error={error}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <SingleSelect
          ref={ref}
          value={slug ?? undefined}
          placeholder={text('form-choice.placeholder')}
          onChange={(next: string | number) => field.onChange(name, String(next))}
          onClear={() => field.onChange(name, null)}
          clearLabel={text('input.clear-form')}
          disabled={disabled || choices.loading}
        >
          {known.map((choice) => (
            <SingleSelectOption key={choice.slug} value={choice.slug}>
              {labelOf(choice)}
            </SingleSelectOption>
          ))}
          {missing ? (
            <SingleSelectOption value={slug}>
              {text('form-choice.unknown', { slug })}
            </SingleSelectOption>
          ) : null}
        </SingleSelect>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
);

FormChoiceInput.displayName = 'FormChoiceInput';
