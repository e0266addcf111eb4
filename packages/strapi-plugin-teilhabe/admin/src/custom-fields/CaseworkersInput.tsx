import { Field, MultiSelect, MultiSelectOption, Typography } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { forwardRef } from 'react';
import type { CaseworkerCandidate } from '../../../server/src/forms/inbox/types';
import { useInboxData } from '../inbox/use-inbox-data';
import type { CustomFieldProps } from './parts/FieldFrame';
import { useFieldText } from './use-field-text';

const readIds = (value: unknown): number[] =>
  Array.isArray(value) ? value.filter((id): id is number => Number.isInteger(id)) : [];

/**
 * The admin input of a form's caseworkers: a choice among the admin users
 * whose role holds the inbox permission, by name. Stores their user ids. A
 * chosen person who lost the permission stays listed, marked, so that the
 * editor sees it and can remove them.
 */
export const CaseworkersInput = forwardRef<HTMLDivElement, CustomFieldProps>(
  ({ name, label, hint, labelAction, required = false, disabled = false }, ref) => {
    const { text } = useFieldText();
    const field = useField<number[] | null>(name);
    const ids = readIds(field.value);
    const candidates = useInboxData<CaseworkerCandidate[]>('/teilhabe/inbox/caseworkers');
    const known = candidates.data ?? [];
    const names = new Map(known.map((person) => [person.id, `${person.name} (${person.role})`]));
    const nameOf = (id: number) => names.get(id) ?? text('caseworkers.unknown', { id });
    const options = [...known.map((person) => person.id), ...ids.filter((id) => !names.has(id))];
    const error = candidates.error ? text('caseworkers.load-failed') : undefined;

    return (
      <Field.Root name={name} id={name} required={required} hint={hint} error={error}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <MultiSelect
          ref={ref}
          value={ids.map(String)}
          placeholder={text('caseworkers.placeholder')}
          customizeContent={(chosen) => text('caseworkers.chosen', { count: chosen?.length ?? 0 })}
          onChange={(next: string[]) => field.onChange(name, next.map(Number))}
          onClear={() => field.onChange(name, [])}
          clearLabel={text('input.clear-caseworkers')}
          disabled={disabled || candidates.loading}
        >
          {options.map((id) => (
            <MultiSelectOption key={id} value={String(id)}>
              {nameOf(id)}
            </MultiSelectOption>
          ))}
        </MultiSelect>
        {ids.length > 0 ? (
          <Typography variant="omega" textColor="neutral800">
            {ids.map(nameOf).join(', ')}
          </Typography>
        ) : null}
        {!candidates.loading && !candidates.error && known.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {text('caseworkers.none')}
          </Typography>
        ) : null}
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
);

CaseworkersInput.displayName = 'CaseworkersInput';
