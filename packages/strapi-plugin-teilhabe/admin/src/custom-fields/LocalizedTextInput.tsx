import { useField } from '@strapi/strapi/admin';
import { forwardRef } from 'react';
import { FieldFrame, type CustomFieldProps } from './parts/FieldFrame';
import { LocaleTexts } from './parts/LocaleTexts';
import { readTexts, type Texts } from './values/texts';

export interface LocalizedTextInputProps extends CustomFieldProps {
  attribute: { options?: { maxLength?: number } };
}

/**
 * The admin input of "Text in allen Sprachen": one labelled input per
 * locale (see {@link LocaleTexts}). Writes the JSON map the server
 * validates; an editor never sees JSON.
 */
export const LocalizedTextInput = forwardRef<HTMLFieldSetElement, LocalizedTextInputProps>(
  ({ name, disabled = false, attribute, ...frame }, ref) => {
    const field = useField<Texts | null>(name);
    const required = frame.required ?? false;
    return (
      <FieldFrame ref={ref} {...frame}>
        <LocaleTexts
          name={name}
          texts={readTexts(field.value)}
          // No text left: the field is empty, not an empty map.
          onChange={(texts) => field.onChange(name, Object.keys(texts).length > 0 ? texts : null)}
          maxLength={attribute.options?.maxLength}
          required={required}
          disabled={disabled}
          error={field.error}
        />
      </FieldFrame>
    );
  }
);

LocalizedTextInput.displayName = 'LocalizedTextInput';
