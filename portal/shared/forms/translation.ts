import type { FormSnapshot, LocalizedText } from '@teilhabe/forms';
import type { LocaleCode } from '../locales';
import type { LocalizedTextView } from '../types/view-models';

function isLocalizedText(value: unknown): value is LocalizedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    typeof (value as { de?: unknown }).de === 'string'
  );
}

/**
 * A form is offered in a locale only when every text it shows has that locale.
 * @param snapshot a published version
 * @param locale a locale code
 * @returns whether no text would fall back to German
 */
export function isTranslatedIn(snapshot: FormSnapshot, locale: LocaleCode): boolean {
  const walk = (value: unknown): boolean => {
    if (isLocalizedText(value)) {
      return Boolean(value[locale]?.trim());
    }
    if (Array.isArray(value)) {
      return value.every(walk);
    }
    return typeof value === 'object' && value !== null ? Object.values(value).every(walk) : true;
  };
  return walk({ texts: snapshot.texts, definition: snapshot.definition });
}

/**
 * A form text in a locale, or its German source standing in.
 * @param text a text per locale
 * @param locale the page's locale
 * @returns the text with the locale it is written in
 */
export function pickText(text: LocalizedText, locale: LocaleCode): LocalizedTextView {
  const translated = text[locale]?.trim();
  return translated
    ? { text: translated, locale, fallback: false }
    : { text: text.de, locale: 'de', fallback: locale !== 'de' };
}
