import { Flex } from '@strapi/design-system';
import { DEFAULT_LOCALE, PORTAL_LOCALES } from '@teilhabe/locales';
import { LocaleTextField } from '../LocaleTextField';
import { useFieldText } from '../use-field-text';
import { withText, type Texts } from '../values/texts';

/** Longer limits get a multi-line input. */
const MULTILINE_FROM = 300;

interface LocaleTextsProps {
  /** Prefix of the inputs' names and ids, e.g. `role` or `links.0.label`. */
  name: string;
  texts: Texts;
  onChange: (texts: Texts) => void;
  maxLength?: number;
  /** Whether the German text is required. */
  required: boolean;
  disabled: boolean;
  /** What is wrong, shown at the German input (the source text). */
  error?: string;
  /** What is wrong with one locale's text, e.g. too long. */
  errorOf?: (code: string) => string | undefined;
}

/**
 * One {@link LocaleTextField} per portal locale, German first and required
 * when the field is, the others marked "nicht übersetzt" while empty, with
 * the length limit counted down. Used by "Text in allen Sprachen" and
 * wherever else a short text is translated (link labels).
 */
export const LocaleTexts = ({
  name,
  texts,
  onChange,
  maxLength,
  required,
  disabled,
  error,
  errorOf,
}: LocaleTextsProps) => {
  const { text: message } = useFieldText();
  return (
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
            onChange={(next) => onChange(withText(texts, locale.code, next))}
            required={isSource && required}
            error={(isSource ? error : undefined) ?? errorOf?.(locale.code)}
            disabled={disabled}
            multiline={(maxLength ?? 0) >= MULTILINE_FROM}
            maxLength={maxLength}
            isTranslation={!isSource}
            hint={
              maxLength
                ? message('localized-text.length', { count: text.length, max: maxLength })
                : undefined
            }
          />
        );
      })}
    </Flex>
  );
};
