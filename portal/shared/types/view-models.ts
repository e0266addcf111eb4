import type { LocaleCode } from '@teilhabe/locales';
import type { CourseLevel, DirectoryFilters } from '../directory-query';
import type { Weekday } from '../format';
import type { LifeSituationIcon } from '../life-situation-symbols';

/** What a CMS page is for; the footer links the four legal and accessibility pages by role. */
export type PageRole = 'imprint' | 'privacy' | 'accessibility' | 'easy-language' | 'other';

/** How a text came to be in its locale: the German source, a demo translation, a reviewed one. */
export type TranslationStatus = 'source' | 'demo-translation' | 'reviewed-translation';

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
  /** The locales the page is really written in (for hreflang), German first. */
  translations: LocaleCode[];
}

/**
 * A text from the CMS in the requested locale or, where the translation is
 * missing, in German. Nothing is hidden because it is not translated yet; the
 * page marks German text with `lang="de" dir="ltr"` and a notice.
 */
export interface LocalizedTextView {
  text: string;
  /** The locale the text is written in. */
  locale: LocaleCode;
  /** True when the German source stands in for a missing translation. */
  fallback: boolean;
}

/** An entry of a directory taxonomy (category, district, target group, course type). */
export interface TaxonomyTermView {
  /** Stable code, used in URLs. */
  code: string;
  /** The label in the page's locale, or in German where not translated. */
  label: LocalizedTextView;
}

/** The taxonomies the directory's filters offer, labelled in one locale. */
export interface DirectoryTaxonomiesView {
  locale: LocaleCode;
  categories: TaxonomyTermView[];
  targetGroups: TaxonomyTermView[];
  districts: TaxonomyTermView[];
  courseTypes: TaxonomyTermView[];
  /** ISO 639 codes of the languages the staff of at least one offer speak. */
  staffLanguages: string[];
}

/** What an offer costs. */
export type OfferCostView =
  { kind: 'free' } | { kind: 'amount'; amountEuro: number } | { kind: 'unknown' };

/** Wall-clock opening hours on one weekday (`HH:MM`, local time in Lehrte). */
export interface OpeningHoursEntryView {
  day: Weekday;
  opens: string;
  closes: string;
}

/** A day on which the usual opening hours do not apply. */
export interface OpeningHoursExceptionView {
  /** `YYYY-MM-DD` */
  date: string;
  closed: boolean;
  opens: string | null;
  closes: string | null;
}

export interface OpeningHoursView {
  weekly: OpeningHoursEntryView[];
  exceptions: OpeningHoursExceptionView[];
}

/** The German-course details of an offer. */
export interface LanguageCourseView {
  level: CourseLevel | null;
  courseType: TaxonomyTermView | null;
  /** `YYYY-MM-DD` */
  startDate: string | null;
  /** `YYYY-MM-DD` */
  endDate: string | null;
  weekdays: Weekday[];
  /** `HH:MM`, local time */
  startTime: string | null;
  /** `HH:MM`, local time */
  endTime: string | null;
  seatsTotal: number | null;
  seatsFree: number | null;
  childcare: boolean;
  womenOnly: boolean;
  fundingNote: LocalizedTextView | null;
}

/** The childcare details of an offer. */
export interface ChildcareView {
  ageFromMonths: number | null;
  ageToMonths: number | null;
  hours: LocalizedTextView | null;
  places: number | null;
  registrationUrl: string | null;
}

export interface OfferProviderView {
  name: string;
  website: string | null;
  description: LocalizedTextView | null;
}

export interface OfferLocationView {
  name: string;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  district: TaxonomyTermView | null;
  latitude: number | null;
  longitude: number | null;
}

/** A contact of an offer: a function; a person's name only where they agreed to it. */
export interface OfferContactView {
  role: LocalizedTextView | null;
  personName: string | null;
  phone: string | null;
  email: string | null;
  /** ISO 639-1 codes of the languages the contact can be reached in. */
  languages: string[];
}

export interface OfferLinkView {
  url: string;
  label: LocalizedTextView | null;
}

export interface OfferAccessibilityView {
  stepFreeAccess: boolean;
  accessibleToilet: boolean;
  hearingLoop: boolean;
  note: LocalizedTextView | null;
}

/** An offer of the directory, with everything its page shows. */
export interface OfferView {
  documentId: string;
  slug: string;
  /** The locale the page was asked for. */
  locale: LocaleCode;
  title: LocalizedTextView;
  summary: LocalizedTextView | null;
  /** Markdown; the app renders a safe subset of it. */
  description: LocalizedTextView | null;
  category: TaxonomyTermView | null;
  targetGroups: TaxonomyTermView[];
  /** ISO 639-1 codes of the languages the staff speak. */
  staffLanguages: string[];
  cost: OfferCostView;
  costNote: LocalizedTextView | null;
  accessibility: OfferAccessibilityView;
  interpreterAvailable: boolean;
  appointmentNeeded: boolean;
  openingHours: OpeningHoursView | null;
  /** `YYYY-MM-DD` */
  validFrom: string | null;
  /** `YYYY-MM-DD` */
  validUntil: string | null;
  /** Past its last valid day: lists leave it out, its page says so. */
  ended: boolean;
  /** When an editor last checked the entry; date or timestamp. */
  lastVerified: string | null;
  links: OfferLinkView[];
  provider: OfferProviderView | null;
  locations: OfferLocationView[];
  contacts: OfferContactView[];
  course: LanguageCourseView | null;
  childcare: ChildcareView | null;
  /** The published form to register with, when the offer names one. */
  registrationForm: OfferRegistrationFormView | null;
  /** Locales with a real translation of the offer, German first; hreflang lists only these. */
  translations: LocaleCode[];
  /** How the text in the requested locale came about; `null` when it is not translated. */
  translationStatus: TranslationStatus | null;
  /** Whether any text of the offer is shown in German for lack of a translation. */
  hasFallback: boolean;
}

/** The form an offer's page links to for registration. */
export interface OfferRegistrationFormView {
  slug: string;
  title: LocalizedTextView;
  /** Whether the form is offered in the page's locale; otherwise the German form is linked. */
  available: boolean;
}

/** An offer as the result list shows it. */
export interface OfferCardView {
  slug: string;
  title: LocalizedTextView;
  summary: LocalizedTextView | null;
  category: TaxonomyTermView | null;
  providerName: string | null;
  districts: TaxonomyTermView[];
  cost: OfferCostView;
  staffLanguages: string[];
  course: Pick<
    LanguageCourseView,
    'level' | 'courseType' | 'startDate' | 'endDate' | 'seatsFree' | 'childcare' | 'womenOnly'
  > | null;
  childcare: Pick<ChildcareView, 'ageFromMonths' | 'ageToMonths'> | null;
  hasFallback: boolean;
}

/** One page of directory results for a filter state. */
export interface DirectoryView {
  locale: LocaleCode;
  /** The filters as the server understood them (unknown values dropped). */
  filters: DirectoryFilters;
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  offers: OfferCardView[];
}

/** The answer of the offer view route: the offer, or the new slug of a renamed one. */
export type OfferPageView =
  { kind: 'offer'; offer: OfferView } | { kind: 'redirect'; slug: string };
