import { Field, MultiSelect, MultiSelectOption } from '@strapi/design-system';
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
 * language, the chosen ones shown as tags. Stores ISO 639 codes, in the
 * order the editor chose them.
 */
export const LanguageCodesInput = forwardRef<HTMLDivElement, CustomFieldProps>(
  ({ name, label, hint, labelAction, required = false, disabled = false }, ref) => {
    const { text, locale } = useFieldText();
    const field = useField<string[] | null>(name);
    const codes = readTextList(field.value);
    const problems = useProblems(languageCodesSchema, field.value, field.error);

    return (
      <Field.Root name={name} id={name} required={required} hint={hint} error={problems.summary()}>
        <Field.Label action={labelAction}>{label}</Field.Label>
        <MultiSelect
          ref={ref}
          value={codes}
          withTags
          placeholder={text('language-codes.placeholder')}
          onChange={(next) => field.onChange(name, changedSelection(codes, next))}
          onClear={() => field.onChange(name, null)}
          clearLabel={text('input.clear-languages')}
          disabled={disabled}
        >
          {languageOptions(codes, locale).map((option) => (
            <MultiSelectOption key={option.code} value={option.code}>
              {option.name}
            </MultiSelectOption>
          ))}
        </MultiSelect>
        <Field.Hint />
        <Field.Error />
      </Field.Root>
    );
  }
);

LanguageCodesInput.displayName = 'LanguageCodesInput';
