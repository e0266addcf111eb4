import type { LocaleCode } from '@teilhabe/locales';
import type { LifeSituationIcon } from 'strapi-plugin-teilhabe/schemas';

/**
 * Whose text a locale holds: German is the `source`; a translation is a
 * `demo_translation` until someone has reviewed it. Each text file says it.
 */
export type TranslationStatus = 'source' | 'demo_translation' | 'reviewed_translation';

/**
 * The translation status of every locale of `@teilhabe/locales`, as the text
 * files give it: German (`de`) is the source, the others translate it.
 */
export type TranslationStatuses = Record<LocaleCode, TranslationStatus>;

/** The translated texts of the portal frame (header, home page welcome, footer). */
export interface SiteSettingTexts {
  cityName: string;
  siteTitle: string;
  welcomeHeading: string;
  welcomeText: string;
  footerText: string;
}

/** Demo content of the site settings single type. */
export interface SiteSettingDemo {
  /** Placeholder address for accessibility feedback; not localized. */
  accessibilityFeedbackEmail: string;
  texts: Record<LocaleCode, SiteSettingTexts>;
  translationStatus: TranslationStatuses;
}

/** Demo content of one life situation (an entry point on the home page). */
export interface LifeSituationDemo {
  code: string;
  position: number;
  icon: LifeSituationIcon;
  /** Code of the service-directory category the entry leads to. */
  directoryCategory: string;
  texts: Record<LocaleCode, { title: string; teaser: string }>;
  translationStatus: TranslationStatuses;
}

/** What a page is for; the same values as the page content type's `role` enumeration. */
export type PageRole = 'imprint' | 'privacy' | 'accessibility' | 'easy_language' | 'other';

/** Demo content of one plain page. `body` is Markdown without raw HTML. */
export interface PageDemo {
  slug: string;
  role: PageRole;
  texts: Record<LocaleCode, { title: string; summary: string; body: string }>;
  translationStatus: TranslationStatuses;
}
