import { CANONICAL_LOCALE } from './constants';

/** A text and the locale it is written in (the page's locale, or German as fallback). */
export interface LocalizedText {
  text: string;
  locale: string;
}

const present = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * The text of a locale, else the German text.
 * @param locale the page's locale
 * @param translated the text in that locale, if any
 * @param german the German text
 * @returns the text with its locale, or null when neither exists
 */
export const withFallback = (
  locale: string,
  translated: unknown,
  german: unknown
): LocalizedText | null => {
  if (present(translated)) {
    return { text: translated, locale };
  }
  return present(german) ? { text: german, locale: CANONICAL_LOCALE } : null;
};

/**
 * The text of a locale from a `{ de, en, … }` map, else its German text.
 * @param map a stored map (anything else yields null)
 * @param locale the page's locale
 */
export const fromTextMap = (map: unknown, locale: string): LocalizedText | null => {
  if (!map || typeof map !== 'object' || Array.isArray(map)) {
    return null;
  }
  const texts = map as Record<string, unknown>;
  return withFallback(locale, texts[locale], texts[CANONICAL_LOCALE]);
};

/**
 * The label of a taxonomy entry in a locale, never missing: its code when
 * even the German label is.
 */
export const labelOf = (map: unknown, locale: string, code: string): LocalizedText =>
  fromTextMap(map, locale) ?? { text: code, locale: CANONICAL_LOCALE };
