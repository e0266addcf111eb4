import type { LocaleCode } from '../locales';

/** What a CMS page is for; the footer links the four legal and accessibility pages by role. */
export type PageRole = 'imprint' | 'privacy' | 'accessibility' | 'easy-language' | 'other';

/** How a text came to be in its locale: the German source, a demo translation, a reviewed one. */
export type TranslationStatus = 'source' | 'demo-translation' | 'reviewed-translation';

/** Symbols for life situations, fixed in the CMS schema. */
export type LifeSituationIcon =
  'language' | 'childcare' | 'advice' | 'work' | 'discrimination' | 'participation';

/** A link to a CMS page. */
export interface PageLinkView {
  slug: string;
  role: PageRole;
  title: string;
}

/** Everything the page frame (header and footer) shows, in one locale. */
export interface SiteFrameView {
  locale: LocaleCode;
  /** `null` when the CMS has no site settings in this locale; the frame then uses UI strings. */
  cityName: string | null;
  siteTitle: string | null;
  footerText: string | null;
  /** Address of the accessibility feedback channel (BITV 2.0 feedback mechanism). */
  accessibilityFeedbackEmail: string | null;
  isSampleContent: boolean;
  /** CMS pages with a footer role, keyed by role; roles without a page are absent. */
  footerPages: Partial<Record<Exclude<PageRole, 'other'>, PageLinkView>>;
}

/** One entry of the home page's "life situations". */
export interface LifeSituationView {
  code: string;
  icon: LifeSituationIcon | null;
  title: string;
  teaser: string;
  /** The directory category the entry links to; `null` links to the whole directory. */
  directoryCategory: string | null;
}

/** The home page of one locale. */
export interface HomeView {
  locale: LocaleCode;
  welcomeHeading: string | null;
  welcomeText: string | null;
  lifeSituations: LifeSituationView[];
}

/** A CMS page, ready to render. */
export interface PageView {
  slug: string;
  role: PageRole;
  title: string;
  summary: string | null;
  /** Markdown source; the app renders a safe subset of it. */
  body: string;
  /** The locale the content is written in; differs from the requested one when it fell back to German. */
  contentLocale: LocaleCode;
  translationStatus: TranslationStatus;
  updatedAt: string | null;
}
