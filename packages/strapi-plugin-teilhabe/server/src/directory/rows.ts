/**
 * Rows of the directory's content types as `strapi.db.query` returns them
 * (JSON parsed, relations populated where asked). Every field may be missing
 * in data written before a field existed, hence the optional members.
 */

export interface TaxonomyRow {
  documentId: string;
  code: string;
  label?: unknown;
  position?: number | null;
}

export interface ProviderRow {
  documentId: string;
  name: string;
  website?: string | null;
  description?: unknown;
}

export interface LocationRow {
  documentId: string;
  name: string;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
  district?: TaxonomyRow | null;
  latitude?: number | null;
  longitude?: number | null;
}

export interface ContactRow {
  documentId: string;
  role?: unknown;
  phone?: string | null;
  email?: string | null;
  languages?: unknown;
  personName?: string | null;
  personConsentRecordedAt?: string | null;
}

/** The translated texts of an offer (localized attributes). */
export const OFFER_TEXT_FIELDS = [
  'title',
  'summary',
  'description',
  'descriptionText',
  'costNote',
  'accessibilityNote',
  'courseFundingNote',
] as const;

export type OfferTextField = (typeof OFFER_TEXT_FIELDS)[number];

export type OfferTexts = { [K in OfferTextField]?: string | null };

/** One locale row of an offer. Structure is only read from the German row. */
export interface OfferRow extends OfferTexts {
  id: number;
  documentId: string;
  locale: string;
  translationStatus?: string | null;
  slug?: string | null;
  previousSlugs?: unknown;
  category?: TaxonomyRow | null;
  targetGroups?: TaxonomyRow[];
  staffLanguages?: unknown;
  costType?: string | null;
  costAmountEuro?: number | string | null;
  stepFreeAccess?: boolean | null;
  accessibleToilet?: boolean | null;
  hearingLoop?: boolean | null;
  interpreterAvailable?: boolean | null;
  appointmentNeeded?: boolean | null;
  openingHours?: unknown;
  validFrom?: string | null;
  validUntil?: string | null;
  lastVerifiedAt?: string | null;
  links?: unknown;
  provider?: ProviderRow | null;
  locations?: LocationRow[];
  contacts?: ContactRow[];
  courseLevel?: string | null;
  courseType?: TaxonomyRow | null;
  courseStartDate?: string | null;
  courseEndDate?: string | null;
  courseSchedule?: unknown;
  courseSeatsTotal?: number | null;
  courseSeatsFree?: number | null;
  courseChildcare?: boolean | null;
  courseWomenOnly?: boolean | null;
  childcareAgeFromMonths?: number | null;
  childcareAgeToMonths?: number | null;
  childcareHours?: string | null;
  childcarePlaces?: number | null;
  childcareRegistrationUrl?: string | null;
  registrationForm?: string | null;
  isSampleContent?: boolean | null;
}

/** Relations of the German row that the read model and the index need. */
export const OFFER_POPULATE = {
  category: true,
  targetGroups: true,
  provider: true,
  locations: { populate: { district: true } },
  contacts: true,
  courseType: true,
} as const;

/** Whether an offer carries language course details. */
export const isLanguageCourse = (offer: OfferRow): boolean =>
  Boolean(offer.courseLevel || offer.courseType);

/** Whether an offer carries childcare details. */
export const hasChildcareDetails = (offer: OfferRow): boolean =>
  [
    offer.childcareAgeFromMonths,
    offer.childcareAgeToMonths,
    offer.childcareHours,
    offer.childcarePlaces,
    offer.childcareRegistrationUrl,
  ].some((value) => value !== null && value !== undefined && value !== '');
