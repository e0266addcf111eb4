/**
 * Locales of the demo content. German (`de`) is the source language; all other
 * locales are translations of the German text.
 */
export const DEMO_LOCALES = ['de', 'en', 'ar', 'fa', 'uk', 'tr', 'ru'] as const;

/** One of the portal's locales, as used in the demo content. */
export type DemoLocale = (typeof DEMO_LOCALES)[number];

/**
 * Whose text a locale holds: German is the `source`; a translation is a
 * `demo_translation` until someone has reviewed it. Each text file says it.
 */
export type TranslationStatus = 'source' | 'demo_translation' | 'reviewed_translation';

/** The translation status of every locale, as the text files give it. */
export type TranslationStatuses = Record<DemoLocale, TranslationStatus>;

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
  texts: Record<DemoLocale, SiteSettingTexts>;
  translationStatus: TranslationStatuses;
}

/** Icon keys a life situation can use; the same values as the content type's enumeration. */
export type LifeSituationIcon =
  'language' | 'childcare' | 'advice' | 'work' | 'discrimination' | 'participation';

/** Demo content of one life situation (an entry point on the home page). */
export interface LifeSituationDemo {
  code: string;
  position: number;
  icon: LifeSituationIcon;
  /** Code of the service-directory category the entry leads to. */
  directoryCategory: string;
  texts: Record<DemoLocale, { title: string; teaser: string }>;
  translationStatus: TranslationStatuses;
}

/** What a page is for; the same values as the page content type's `role` enumeration. */
export type PageRole = 'imprint' | 'privacy' | 'accessibility' | 'easy_language' | 'other';

/** Demo content of one plain page. `body` is Markdown without raw HTML. */
export interface PageDemo {
  slug: string;
  role: PageRole;
  texts: Record<DemoLocale, { title: string; summary: string; body: string }>;
  translationStatus: TranslationStatuses;
}
