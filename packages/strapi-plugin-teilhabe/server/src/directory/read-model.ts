import { CANONICAL_LOCALE } from './constants';
import { fromTextMap, labelOf, withFallback, type LocalizedText } from './localized-text';
import {
  hasChildcareDetails,
  isLanguageCourse,
  type ContactRow,
  type LocationRow,
  type OfferRow,
  type OfferTextField,
  type TaxonomyRow,
} from './rows';
import {
  courseScheduleSchema,
  languageCodesSchema,
  linksSchema,
  openingHoursSchema,
  parseStored,
  type CourseSchedule,
  type OpeningHours,
} from './schemas';

/** A taxonomy entry as the public sees it: stable code, label in the page's locale. */
export interface TaxonomyTerm {
  code: string;
  label: LocalizedText;
  position: number;
}

/** An offer as the directory shows it in one locale. */
export interface DirectoryOffer {
  documentId: string;
  slug: string;
  locale: string;
  availableLocales: string[];
  isFallback: boolean;
  translationStatus: string | null;
  title: LocalizedText;
  summary: LocalizedText | null;
  description: LocalizedText | null;
  category: TaxonomyTerm | null;
  targetGroups: TaxonomyTerm[];
  districts: TaxonomyTerm[];
  staffLanguages: string[];
  cost: { type: string; amountEuro: number | null; note: LocalizedText | null };
  accessibility: {
    stepFreeAccess: boolean;
    accessibleToilet: boolean;
    hearingLoop: boolean;
    note: LocalizedText | null;
  };
  interpreterAvailable: boolean;
  appointmentNeeded: boolean;
  openingHours: OpeningHours | null;
  validFrom: string | null;
  validUntil: string | null;
  lastVerifiedAt: string | null;
  links: Array<{ url: string; label: LocalizedText }>;
  provider: {
    documentId: string;
    name: string;
    website: string | null;
    description: LocalizedText | null;
  } | null;
  locations: Array<{
    documentId: string;
    name: string;
    street: string | null;
    postalCode: string | null;
    city: string | null;
    district: TaxonomyTerm | null;
    latitude: number | null;
    longitude: number | null;
  }>;
  contacts: Array<{
    documentId: string;
    role: LocalizedText | null;
    personName: string | null;
    phone: string | null;
    email: string | null;
    languages: string[];
  }>;
  languageCourse: {
    level: string | null;
    courseType: TaxonomyTerm | null;
    startDate: string | null;
    endDate: string | null;
    schedule: CourseSchedule | null;
    seatsTotal: number | null;
    seatsFree: number | null;
    childcare: boolean;
    womenOnly: boolean;
    fundingNote: LocalizedText | null;
  } | null;
  childcare: {
    ageFromMonths: number | null;
    ageToMonths: number | null;
    hours: string | null;
    places: number | null;
    registrationUrl: string | null;
  } | null;
  /** Slug of the form to register with; the portal links it only when it finds it published. */
  registrationFormSlug: string | null;
  isSampleContent: boolean;
}

export const toTerm = (row: TaxonomyRow, locale: string): TaxonomyTerm => ({
  code: row.code,
  label: labelOf(row.label, locale, row.code),
  position: row.position ?? 0,
});

const termOrNull = (row: TaxonomyRow | null | undefined, locale: string) =>
  row ? toTerm(row, locale) : null;

const dateOnly = (value: string | null | undefined): string | null =>
  value ? String(value).slice(0, 10) : null;

const numberOrNull = (value: number | string | null | undefined): number | null =>
  value === null || value === undefined || value === '' ? null : Number(value);

const location = (row: LocationRow, locale: string): DirectoryOffer['locations'][number] => ({
  documentId: row.documentId,
  name: row.name,
  street: row.street ?? null,
  postalCode: row.postalCode ?? null,
  city: row.city ?? null,
  district: termOrNull(row.district, locale),
  latitude: numberOrNull(row.latitude),
  longitude: numberOrNull(row.longitude),
});

const contact = (row: ContactRow, locale: string): DirectoryOffer['contacts'][number] => ({
  documentId: row.documentId,
  role: fromTextMap(row.role, locale),
  // A person's name is public only with recorded consent.
  personName: row.personConsentRecordedAt ? (row.personName ?? null) : null,
  phone: row.phone ?? null,
  email: row.email ?? null,
  languages: parseStored(languageCodesSchema, row.languages, []),
});

const uniqueDistricts = (rows: LocationRow[], locale: string): TaxonomyTerm[] => {
  const seen = new Map<string, TaxonomyTerm>();
  for (const row of rows) {
    if (row.district && !seen.has(row.district.code)) {
      seen.set(row.district.code, toTerm(row.district, locale));
    }
  }
  return [...seen.values()];
};

/**
 * The view of an offer in a locale. Structure comes from the German
 * version; each text from the locale's version where it has one, else from
 * German, with the locale it is written in.
 * @param canonical the published German row, relations populated
 * @param translation the published row of the page's locale, if any
 * @param locale the page's locale
 * @param availableLocales locales with a published translation
 */
export const toDirectoryOffer = (
  canonical: OfferRow,
  translation: OfferRow | undefined,
  locale: string,
  availableLocales: string[]
): DirectoryOffer => {
  const own = locale === CANONICAL_LOCALE ? canonical : translation;
  const fallbacks = new Set<string>();
  const text = (field: OfferTextField): LocalizedText | null => {
    const value = withFallback(locale, own?.[field], canonical[field]);
    if (value && value.locale !== locale) {
      fallbacks.add(field);
    }
    return value;
  };
  const course = isLanguageCourse(canonical);
  const offer: DirectoryOffer = {
    documentId: canonical.documentId,
    slug: canonical.slug ?? canonical.documentId,
    locale,
    availableLocales,
    isFallback: false,
    translationStatus: own?.translationStatus ?? null,
    title: text('title') ?? { text: canonical.slug ?? '', locale: CANONICAL_LOCALE },
    summary: text('summary'),
    description: text('description'),
    category: termOrNull(canonical.category, locale),
    targetGroups: (canonical.targetGroups ?? []).map((row) => toTerm(row, locale)),
    districts: uniqueDistricts(canonical.locations ?? [], locale),
    staffLanguages: parseStored(languageCodesSchema, canonical.staffLanguages, []),
    cost: {
      type: canonical.costType === 'amount' ? 'amount' : 'free',
      amountEuro: canonical.costType === 'amount' ? numberOrNull(canonical.costAmountEuro) : null,
      note: text('costNote'),
    },
    accessibility: {
      stepFreeAccess: Boolean(canonical.stepFreeAccess),
      accessibleToilet: Boolean(canonical.accessibleToilet),
      hearingLoop: Boolean(canonical.hearingLoop),
      note: text('accessibilityNote'),
    },
    interpreterAvailable: Boolean(canonical.interpreterAvailable),
    appointmentNeeded: Boolean(canonical.appointmentNeeded),
    openingHours: parseStored(openingHoursSchema.nullable(), canonical.openingHours ?? null, null),
    validFrom: dateOnly(canonical.validFrom),
    validUntil: dateOnly(canonical.validUntil),
    lastVerifiedAt: dateOnly(canonical.lastVerifiedAt),
    links: parseStored(linksSchema, canonical.links ?? [], []).map((link) => ({
      url: link.url,
      label: fromTextMap(link.label, locale) ?? { text: link.url, locale: CANONICAL_LOCALE },
    })),
    provider: canonical.provider
      ? {
          documentId: canonical.provider.documentId,
          name: canonical.provider.name,
          website: canonical.provider.website ?? null,
          description: fromTextMap(canonical.provider.description, locale),
        }
      : null,
    locations: (canonical.locations ?? []).map((row) => location(row, locale)),
    contacts: (canonical.contacts ?? []).map((row) => contact(row, locale)),
    languageCourse: course
      ? {
          level: canonical.courseLevel ?? null,
          courseType: termOrNull(canonical.courseType, locale),
          startDate: dateOnly(canonical.courseStartDate),
          endDate: dateOnly(canonical.courseEndDate),
          schedule: parseStored(
            courseScheduleSchema.nullable(),
            canonical.courseSchedule ?? null,
            null
          ),
          seatsTotal: canonical.courseSeatsTotal ?? null,
          seatsFree: canonical.courseSeatsFree ?? null,
          childcare: Boolean(canonical.courseChildcare),
          womenOnly: Boolean(canonical.courseWomenOnly),
          fundingNote: text('courseFundingNote'),
        }
      : null,
    childcare: hasChildcareDetails(canonical)
      ? {
          ageFromMonths: canonical.childcareAgeFromMonths ?? null,
          ageToMonths: canonical.childcareAgeToMonths ?? null,
          hours: canonical.childcareHours ?? null,
          places: canonical.childcarePlaces ?? null,
          registrationUrl: canonical.childcareRegistrationUrl || null,
        }
      : null,
    registrationFormSlug: canonical.registrationForm || null,
    isSampleContent: Boolean(canonical.isSampleContent),
  };
  offer.isFallback = fallbacks.size > 0;
  return offer;
};
