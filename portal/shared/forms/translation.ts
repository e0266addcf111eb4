import { localized, type LocalizedText } from '@teilhabe/forms';
import type { LocaleCode } from '@teilhabe/locales';
import type { LocalizedTextView } from '../types/view-models';

/**
 * A form text in a locale, or its German source standing in, marked so that
 * the page can set `lang="de"` on it.
 * @param text a text per locale
 * @param locale the page's locale
 * @returns the text with the locale it is written in
 */
export function pickText(text: LocalizedText, locale: LocaleCode): LocalizedTextView {
  const result = localized(text, locale);
  return { text: result.text, locale: result.locale, fallback: result.locale !== locale };
}
