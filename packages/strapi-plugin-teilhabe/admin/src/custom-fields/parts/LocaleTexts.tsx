import { Badge, Field, Flex, Textarea, TextInput } from '@strapi/design-system';
import { DEFAULT_LOCALE, PORTAL_LOCALES } from '../../../../server/src/core/locales';
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
 * One labelled input per portal locale, each named in its own language,
 * right to left for Arabic and Farsi, German first and the others marked
 * "nicht übersetzt" while empty, with the length limit counted down. Used by
 * "Text in allen Sprachen" and wherever else a short text is translated
 * (link labels).
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
  const Input = (maxLength ?? 0) >= MULTILINE_FROM ? Textarea : TextInput;
  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      {PORTAL_LOCALES.map(({ code, name: languageName, dir }) => {
        const text = texts[code] ?? '';
        const isSource = code === DEFAULT_LOCALE;
        return (
          <Field.Root
            key={code}
            name={`${name}.${code}`}
            id={`${name}-${code}`}
            required={isSource && required}
            error={(isSource ? error : undefined) ?? errorOf?.(code)}
            hint={
              maxLength
                ? message('localized-text.length', { count: text.length, max: maxLength })
                : undefined
            }
          >
            <Flex gap={2}>
              <Field.Label>
                <span lang={code}>{languageName}</span>
              </Field.Label>
              {!isSource && text === '' ? (
                <Badge>{message('localized-text.not-translated')}</Badge>
              ) : null}
            </Flex>
            <Input
              value={text}
              dir={dir}
              lang={code}
              maxLength={maxLength}
              disabled={disabled}
              onChange={(event: { target: { value: string } }) =>
                onChange(withText(texts, code, event.target.value))
              }
            />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
        );
      })}
    </Flex>
  );
};
