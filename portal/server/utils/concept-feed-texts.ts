import type { LocaleCode } from '@teilhabe/locales';
import ar from '../../i18n/locales/ar.json';
import de from '../../i18n/locales/de.json';
import en from '../../i18n/locales/en.json';
import fa from '../../i18n/locales/fa.json';
import ru from '../../i18n/locales/ru.json';
import tr from '../../i18n/locales/tr.json';
import uk from '../../i18n/locales/uk.json';

const MESSAGES = { ar, de, en, fa, ru, tr, uk };

/** The texts of the Atom feed, from the portal's messages. */
export interface ConceptFeedTexts {
  title: string;
  description: string;
  copyright: string;
  version: string;
}

/**
 * The Atom feed's texts in a locale: the same messages the pages use, so a
 * translator finds them in one place.
 * @param locale the feed's locale
 */
export function conceptFeedTexts(locale: LocaleCode): ConceptFeedTexts {
  return MESSAGES[locale].concept.feed;
}
