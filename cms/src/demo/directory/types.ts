import type { LocaleCode } from '@teilhabe/locales';
import type { TranslationStatuses } from '../types';

/**
 * Demo data of the integration service directory. Structure (codes, relations,
 * dates, numbers, flags, geo) is shared by all locales; only texts are per
 * locale. German is the source language and always present.
 */

/** Texts per locale: German required, every other locale optional. */
export type LocalizedTexts<T> = { de: T } & Partial<Record<Exclude<LocaleCode, 'de'>, T>>;

/** Texts in every locale (used for taxonomy labels, which must never be missing). */
export type AllLocales<T> = Record<LocaleCode, T>;

/** A taxonomy entry: stable code used in URLs, label per locale. */
export interface TaxonomyDemo {
  code: string;
  position: number;
  labels: AllLocales<string>;
}

export interface DirectoryTaxonomiesDemo {
  /** e.g. language-course, childcare, counselling, work-recognition, anti-discrimination, participation, meeting-place */
  categories: TaxonomyDemo[];
  /** e.g. women, parents, youth, refugees, newcomers, seniors, families, people-with-disabilities, everyone */
  targetGroups: TaxonomyDemo[];
  /** The ten districts of Lehrte (codes: kernstadt, ahlten, aligse, arpke, haemelerwald, immensen, kolshorn, roeddensen, sievershausen, steinwedel) */
  districts: TaxonomyDemo[];
  /** integration-general, integration-women, integration-parents, integration-youth, integration-literacy, integration-second-script, integration-intensive, job-related, other */
  courseTypes: TaxonomyDemo[];
}

export interface ProviderDemo {
  key: string;
  /** Organisation name as it is written (not translated). */
  name: string;
  website?: string;
  description?: LocalizedTexts<string>;
}

export interface LocationDemo {
  key: string;
  name: string;
  street: string;
  postalCode: string;
  city: string;
  /** District code, see {@link DirectoryTaxonomiesDemo.districts}. */
  district: string;
  latitude: number;
  longitude: number;
}

export interface ContactDemo {
  key: string;
  /** Function or role, never a person's name. */
  role: LocalizedTexts<string>;
  phone?: string;
  email?: string;
  /** ISO 639-1 codes of the languages this contact can be reached in. */
  languages: string[];
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface OpeningHoursDemo {
  weekly: Array<{ day: Weekday; opens: string; closes: string }>;
  exceptions?: Array<{ date: string; closed: boolean; opens?: string; closes?: string }>;
}

export type CefrLevel = 'literacy' | 'A1' | 'A2' | 'B1' | 'B2' | 'C1' | 'C2';

export interface LanguageCourseDemo {
  level: CefrLevel;
  /** Course type code, see {@link DirectoryTaxonomiesDemo.courseTypes}. */
  courseType: string;
  startDate: string;
  endDate: string;
  schedule: { days: Weekday[]; start: string; end: string };
  seatsTotal: number;
  seatsFree: number;
  childcare: boolean;
  womenOnly: boolean;
  fundingNote?: LocalizedTexts<string>;
}

export interface ChildcareDemo {
  ageFromMonths: number;
  ageToMonths: number;
  hours: string;
  places?: number;
  registrationUrl?: string;
}

export interface OfferTexts {
  title: string;
  summary: string;
  /** Markdown without raw HTML. */
  description: string;
}

export interface OfferDemo {
  /** Stable, readable, Latin letters, digits and hyphens. */
  slug: string;
  /**
   * The slug the offer had before editors renamed it: the seed creates the
   * offer under this slug and renames it, as the admin panel would, so the
   * old address redirects.
   */
  renamedFrom?: string;
  /** Category code. */
  category: string;
  targetGroups: string[];
  /** ISO 639-1 codes of the languages the staff speak. */
  staffLanguages: string[];
  cost: { type: 'free' } | { type: 'amount'; amountEuro: number };
  accessibility: { stepFreeAccess: boolean; accessibleToilet: boolean; hearingLoop: boolean };
  interpreterAvailable: boolean;
  appointmentNeeded: boolean;
  openingHours?: OpeningHoursDemo;
  validFrom?: string;
  validUntil?: string;
  lastVerified: string;
  links: Array<{ url: string; label: LocalizedTexts<string> }>;
  provider: string;
  locations: string[];
  contacts: string[];
  /** Slug of the form to register with. */
  registrationForm?: string;
  languageCourse?: LanguageCourseDemo;
  childcare?: ChildcareDemo;
  texts: LocalizedTexts<OfferTexts>;
}

/** Demo data of the service directory, as the data files give it. */
export interface DirectoryDemo {
  taxonomies: DirectoryTaxonomiesDemo;
  providers: ProviderDemo[];
  locations: LocationDemo[];
  contacts: ContactDemo[];
  offers: OfferDemo[];
  /** The translation status of the offers' texts per locale. */
  translationStatus: TranslationStatuses;
}
