import type { FormLocale } from '@teilhabe/forms';
import type { DraftText } from './draft';

/**
 * A text with one locale changed. An emptied translation is removed ("not
 * translated", never an empty string); an optional text without German is
 * no text at all.
 * @param text the text before, if any
 * @param locale the locale written
 * @param value what the editor typed
 * @param optional whether the whole text may be absent
 */
export const withLocale = (
  text: DraftText | undefined,
  locale: FormLocale,
  value: string,
  optional: boolean
): DraftText | undefined => {
  const written: DraftText = { ...(text ?? { de: '' }), [locale]: value };
  const next: DraftText = {
    de: written.de,
    ...Object.fromEntries(
      Object.entries(written).filter(([code, part]) => code !== 'de' && part !== '')
    ),
  };
  const empty = Object.values(next).every((part) => part === '' || part === undefined);
  return optional && empty ? undefined : next;
};
