import { Badge, Field, Flex, Textarea, TextInput } from '@strapi/design-system';
import type { ReactNode } from 'react';
import type { PortalLocale } from '@teilhabe/locales';
import { useFieldText } from './use-field-text';

export interface LocaleTextFieldProps {
  /** The input's id; its label points to it. */
  id: string;
  /** The input's name; defaults to the id. */
  name?: string;
  locale: PortalLocale;
  value: string;
  onChange?: (text: string) => void;
  /** Defaults to the language's name in the language itself. */
  label?: ReactNode;
  hint?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  readOnly?: boolean;
  multiline?: boolean;
  maxLength?: number;
  /** Marks the input "nicht übersetzt" while it is empty. */
  isTranslation?: boolean;
}

/**
 * One labelled input for a text in one locale: `lang` and `dir` of the
 * locale (right to left for Arabic and Farsi), the language named in its own
 * language unless a label is given, "nicht übersetzt" on empty translations.
 * Shared by the custom fields (see `parts/LocaleTexts`) and the form builder.
 */
export const LocaleTextField = ({
  id,
  name = id,
  locale,
  value,
  onChange,
  label,
  hint,
  error,
  required = false,
  disabled = false,
  readOnly = false,
  multiline = false,
  maxLength,
  isTranslation = false,
}: LocaleTextFieldProps) => {
  const { text } = useFieldText();
  const Input = multiline ? Textarea : TextInput;
  return (
    <Field.Root name={name} id={id} required={required} error={error} hint={hint}>
      <Flex gap={2}>
        <Field.Label>{label ?? <span lang={locale.code}>{locale.name}</span>}</Field.Label>
        {isTranslation && value === '' ? (
          <Badge>{text('localized-text.not-translated')}</Badge>
        ) : null}
      </Flex>
      <Input
        value={value}
        dir={locale.dir}
        lang={locale.code}
        maxLength={maxLength}
        disabled={disabled}
        readOnly={readOnly}
        onChange={(event: { target: { value: string } }) => onChange?.(event.target.value)}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
