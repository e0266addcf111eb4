import { Field, MultiSelect, MultiSelectOption, Typography } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { forwardRef } from 'react';
import { languageCodesSchema } from '../../../server/src/directory/schemas';
import type { CustomFieldProps } from './parts/FieldFrame';
import { useFieldText } from './use-field-text';
import { useProblems } from './use-problems';
import { changedSelection, languageOptions } from './values/language-codes';
import { readTextList } from './values/texts';

/**
 * The admin input of a list of languages (an offer's staff languages, a
 * contact's languages): a multi-select of languages named in the admin's
 * language, with the chosen ones written out under it. Stores ISO 639
 * codes, in the order the editor chose them. The select's own tags are not
 * used: their remove buttons have no accessible name and take no focus.
 */
export const LanguageCodesInput = forwardRef<HTMLDivElement, CustomFieldProps>(
  ({ name, label, hint, labelAction, required = false, disabled = false }, ref) => {
    const { text, locale } = useFieldText();
    const field = useField<string[] | null>(name);
    const codes = readTextList(field.value);
    const problems = useProblems(languageCodesSchema, field.value);
    const options = languageOptions(codes, locale);
    const names = new Map(options.map((option) => [option.code, option.name]));

    return (
      <Field.Root name={name} id={name} required={required} hint={hint} error={problems.summary()}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <MultiSelect
          ref={ref}
          value={codes}
          placeholder={text('language-codes.placeholder')}
          customizeContent={(chosen) =>
            text('language-codes.chosen', { count: chosen?.length ?? 0 })
          }
          onChange={(next) => field.onChange(name, changedSelection(codes, next))}
          onClear={() => field.onChange(name, null)}
          clearLabel={text('input.clear-languages')}
          disabled={disabled}
        >
          {options.map((option) => (
            <MultiSelectOption key={option.code} value={option.code}>
              {option.name}
            </MultiSelectOption>
          ))}
        </MultiSelect>
        {codes.length > 0 ? (
          <Typography variant="omega" textColor="neutral800">
            {codes.map((code) => names.get(code) ?? code).join(', ')}
          </Typography>
        ) : null}
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
);

LanguageCodesInput.displayName = 'LanguageCodesInput';
