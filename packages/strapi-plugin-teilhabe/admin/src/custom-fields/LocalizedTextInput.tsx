import { Box, Flex, Typography } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { DEFAULT_LOCALE, PORTAL_LOCALES } from '@teilhabe/locales';
import { forwardRef, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { messageId } from '../plugin-id';
import { LocaleTextField } from './LocaleTextField';

/** Longer limits get a multi-line input. */
const MULTILINE_FROM = 300;

type Texts = Record<string, string>;

export interface LocalizedTextInputProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  labelAction?: ReactNode;
  required?: boolean;
  disabled?: boolean;
  attribute: { options?: { maxLength?: number } };
}

const asTexts = (value: unknown): Texts =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string'
        )
      )
    : {};

/**
 * The admin input of "Text in allen Sprachen": one labelled input per
 * locale, each named in its own language, right to left for Arabic and
 * Farsi, German required, the others optional and marked "nicht übersetzt"
 * while empty, with the length limit counted down. Writes the JSON map the
 * server validates; an editor never sees JSON.
 */
export const LocalizedTextInput = forwardRef<HTMLFieldSetElement, LocalizedTextInputProps>(
  ({ name, label, hint, labelAction, required = false, disabled = false, attribute }, ref) => {
    const { formatMessage } = useIntl();
    const field = useField<Texts>(name);
    const texts = asTexts(field.value);
    const maxLength = attribute.options?.maxLength;
    const multiline = (maxLength ?? 0) >= MULTILINE_FROM;

    const change = (code: string, text: string) => {
      // An emptied input removes its locale: "not translated", never an empty string.
      const next = Object.fromEntries(
        Object.entries({ ...texts, [code]: text }).filter(([, value]) => value !== '')
      );
      field.onChange(name, Object.keys(next).length > 0 ? next : (null as unknown as Texts));
    };

    return (
      <Box ref={ref} tag="fieldset" padding={0} borderStyle="none">
        <Flex tag="legend" gap={1} paddingBottom={2}>
          <Typography variant="pi" fontWeight="bold" textColor="neutral800">
            {label}
            {required ? ' *' : ''}
          </Typography>
          {labelAction}
        </Flex>
        <Flex direction="column" alignItems="stretch" gap={3}>
          {PORTAL_LOCALES.map((locale) => {
            const text = texts[locale.code] ?? '';
            const isSource = locale.code === DEFAULT_LOCALE;
            return (
              <LocaleTextField
                key={locale.code}
                id={`${name}-${locale.code}`}
                name={`${name}.${locale.code}`}
                locale={locale}
                value={text}
                onChange={(next) => change(locale.code, next)}
                required={isSource && required}
                error={isSource ? field.error : undefined}
                disabled={disabled}
                multiline={multiline}
                maxLength={maxLength}
                isTranslation={!isSource}
                hint={
                  maxLength
                    ? formatMessage(
                        {
                          id: messageId('localized-text.length'),
                          defaultMessage: '{count} von {max} Zeichen',
                        },
                        { count: text.length, max: maxLength }
                      )
                    : undefined
                }
              />
            );
          })}
        </Flex>
        {hint ? (
          <Typography variant="pi" textColor="neutral600">
            {hint}
          </Typography>
        ) : null}
      </Box>
    );
  }
);

LocalizedTextInput.displayName = 'LocalizedTextInput';
