import type {
  DirectoryOfferCardFragment,
  DirectoryOfferDetailFragment,
  DirectoryQuery,
  DirectoryQueryVariables,
  DirectoryTaxonomiesQuery,
  OfferBySlugQuery,
  TeilhabeAccessibilityFeature,
} from '@teilhabe/graphql';
import { DEFAULT_LOCALE, isLocaleCode, type LocaleCode } from '@teilhabe/locales';
import {
  COURSE_LEVELS,
  type CourseLevel,
  type DirectoryFilters,
  type DirectoryVocabulary,
} from '../directory-query';
import type { FormListItemView } from '../forms/view';
import { hasEnded, isWeekday, normalizeTime, parseCalendarDate, sortWeekdays } from '../format';
import { isValidSlug } from '../slug';
import type {
  DirectoryTaxonomiesView,
  DirectoryView,
  LocalizedTextView,
  OfferCardView,
  OfferCostView,
  OfferPageView,
  OfferRegistrationFormView,
  OfferView,
  OpeningHoursView,
  TaxonomyTermView,
} from '../types/view-models';
import { toTranslationStatus } from './cms-enums';
import { textOrNull } from './text';
import { translatedLocales } from './translations';

type CmsText = { text: string; locale: string } | null | undefined;
type CmsTerm = { code: string; position: number; label: { text: string; locale: string } };

/**
 * Reads a CMS text with the locale it is written in.
 * @param value the text as the CMS sent it
 * @param requested the locale the page is in
 * @returns the text, marked as fallback when it is not in the requested locale; `null` when blank
 */
export function toLocalizedText(value: CmsText, requested: LocaleCode): LocalizedTextView | null {
  const text = textOrNull(value?.text);
  if (!text) {
    return null;
  }
  const locale = isLocaleCode(value?.locale) ? value.locale : DEFAULT_LOCALE;
  return { text, locale, fallback: locale !== requested };
}

/** A text the CMS keeps in German only (e.g. childcare hours): a fallback in every other locale. */
function germanOnly(
  value: string | null | undefined,
  requested: LocaleCode
): LocalizedTextView | null {
  return toLocalizedText(value ? { text: value, locale: DEFAULT_LOCALE } : null, requested);
}

function toTerm(term: CmsTerm | null | undefined, requested: LocaleCode): TaxonomyTermView | null {
  if (!term) {
    return null;
  }
  const label = toLocalizedText(term.label, requested) ?? {
    text: term.code,
    locale: requested,
    fallback: false,
  };
  return { code: term.code, label };
}

function toTerms(terms: readonly CmsTerm[], requested: LocaleCode): TaxonomyTermView[] {
  return [...terms]
    .sort((a, b) => a.position - b.position)
    .map((term) => toTerm(term, requested))
    .filter((term): term is TaxonomyTermView => term !== null);
}

const LANGUAGE_CODE = /^[a-z]{2,3}$/;

function languageCodes(codes: readonly string[]): string[] {
  return [...new Set(codes.filter((code) => LANGUAGE_CODE.test(code)))];
}

function toLevel(value: string | null | undefined): CourseLevel | null {
  return COURSE_LEVELS.find((level) => level === value) ?? null;
}

function toDate(value: string | null | undefined): string | null {
  return value && parseCalendarDate(value) ? value.slice(0, 10) : null;
}

function toCost(cost: { type: string; amountEuro: number | null }): OfferCostView {
  if (cost.type === 'free') {
    return { kind: 'free' };
  }
  return cost.type === 'amount' && typeof cost.amountEuro === 'number' && cost.amountEuro >= 0
    ? { kind: 'amount', amountEuro: cost.amountEuro }
    : { kind: 'unknown' };
}

/** Only http(s) links reach an `href`. */
function httpUrl(value: string | null | undefined): string | null {
  const url = textOrNull(value);
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/**
 * Maps the `DirectoryTaxonomies` result to the filter choices.
 * @param data the query result
 * @param locale the locale that was asked for
 * @returns terms sorted by their position, staff languages sorted by code
 */
export function toTaxonomiesView(
  data: DirectoryTaxonomiesQuery,
  locale: LocaleCode
): DirectoryTaxonomiesView {
  const taxonomies = data.teilhabeDirectoryTaxonomies;
  return {
    locale,
    categories: toTerms(taxonomies.categories, locale),
    targetGroups: toTerms(taxonomies.targetGroups, locale),
    districts: toTerms(taxonomies.districts, locale),
    courseTypes: toTerms(taxonomies.courseTypes, locale),
    staffLanguages: languageCodes(taxonomies.staffLanguages).sort(),
  };
}

/**
 * @param taxonomies the filter choices
 * @returns the codes a filter URL may use
 */
export function toVocabulary(taxonomies: DirectoryTaxonomiesView): DirectoryVocabulary {
  const codes = (terms: readonly TaxonomyTermView[]) => terms.map((term) => term.code);
  return {
    categories: codes(taxonomies.categories),
    districts: codes(taxonomies.districts),
    targetGroups: codes(taxonomies.targetGroups),
    courseTypes: codes(taxonomies.courseTypes),
    languages: taxonomies.staffLanguages,
  };
}

const nonEmpty = <T>(list: readonly T[]): T[] | undefined =>
  list.length > 0 ? [...list] : undefined;

/**
 * Turns the URL's filter state into the `Directory` query's variables. Empty
 * filters are left out; URL values become GraphQL enum names.
 * @param filters the parsed filter state
 * @param locale the page's locale
 * @param pageSize results per page
 * @returns the variables
 */
export function toDirectoryVariables(
  filters: DirectoryFilters,
  locale: LocaleCode,
  pageSize: number
): DirectoryQueryVariables {
  return {
    locale,
    search: filters.q || undefined,
    category: filters.category ?? undefined,
    districts: nonEmpty(filters.districts),
    languages: nonEmpty(filters.languages),
    targetGroups: nonEmpty(filters.targetGroups),
    cost: filters.cost ?? undefined,
    accessibility: nonEmpty(
      filters.accessibility.map(
        (feature) => feature.replace(/-/g, '_') as TeilhabeAccessibilityFeature
      )
    ),
    levels: nonEmpty(filters.levels),
    courseTypes: nonEmpty(filters.courseTypes),
    childcareDuringCourse: filters.childcare || undefined,
    womenOnly: filters.womenOnly || undefined,
    startsWithinWeeks: filters.startsWithinWeeks ?? undefined,
    page: filters.page,
    pageSize,
  };
}

function districtsOf(offer: DirectoryOfferCardFragment, locale: LocaleCode): TaxonomyTermView[] {
  return toTerms(offer.districts, locale);
}

/**
 * Maps one offer of the `Directory` result to a result card.
 * @param offer the offer as the CMS sent it
 * @param locale the page's locale
 * @returns the card's view model
 */
export function toOfferCardView(
  offer: DirectoryOfferCardFragment,
  locale: LocaleCode
): OfferCardView {
  const course = offer.languageCourse;
  return {
    slug: offer.slug,
    title: toLocalizedText(offer.title, locale) ?? { text: offer.slug, locale, fallback: false },
    summary: toLocalizedText(offer.summary, locale),
    category: toTerm(offer.category, locale),
    providerName: textOrNull(offer.provider?.name),
    districts: districtsOf(offer, locale),
    cost: toCost(offer.cost),
    staffLanguages: languageCodes(offer.staffLanguages),
    course: course
      ? {
          level: toLevel(course.level),
          courseType: toTerm(course.courseType, locale),
          startDate: toDate(course.startDate),
          endDate: toDate(course.endDate),
          seatsFree: course.seatsFree ?? null,
          childcare: course.childcare,
          womenOnly: course.womenOnly,
        }
      : null,
    childcare: offer.childcare
      ? {
          ageFromMonths: offer.childcare.ageFromMonths ?? null,
          ageToMonths: offer.childcare.ageToMonths ?? null,
        }
      : null,
    hasFallback: offer.isFallback,
  };
}

/**
 * Maps the `Directory` result to the result list.
 * @param data the query result
 * @param locale the page's locale
 * @param filters the filters the query ran with
 * @returns the page of results
 */
export function toDirectoryView(
  data: DirectoryQuery,
  locale: LocaleCode,
  filters: DirectoryFilters
): DirectoryView {
  const result = data.teilhabeDirectory;
  return {
    locale,
    filters: { ...filters, page: result.page },
    total: result.total,
    page: result.page,
    pageSize: result.pageSize,
    pageCount: result.pageCount,
    offers: result.offers
      .filter((offer) => isValidSlug(offer.slug))
      .map((offer) => toOfferCardView(offer, locale)),
  };
}

function toOpeningHours(
  hours: DirectoryOfferDetailFragment['openingHours'],
  today: string
): OpeningHoursView | null {
  if (!hours) {
    return null;
  }
  const weekly = hours.weekly.flatMap((slot) => {
    const opens = normalizeTime(slot.opens);
    const closes = normalizeTime(slot.closes);
    return isWeekday(slot.day) && opens && closes ? [{ day: slot.day, opens, closes }] : [];
  });
  const exceptions = hours.exceptions
    .filter((exception) => toDate(exception.date) && exception.date.slice(0, 10) >= today)
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((exception) => ({
      date: exception.date.slice(0, 10),
      closed: exception.closed,
      opens: normalizeTime(exception.opens),
      closes: normalizeTime(exception.closes),
    }));
  return weekly.length > 0 || exceptions.length > 0 ? { weekly, exceptions } : null;
}

/**
 * Maps the full offer to the offer page's view model.
 * @param offer the offer as the CMS sent it
 * @param locale the page's locale
 * @param today the current day in Lehrte, `YYYY-MM-DD`: earlier opening-hour exceptions are
 *   dropped, and an offer whose last valid day lies before it has ended
 * @param forms the published forms in the page's locale: the offer's registration form is
 *   linked only when it is among them
 * @returns the offer view
 */
export function toOfferView(
  offer: DirectoryOfferDetailFragment,
  locale: LocaleCode,
  today: string,
  forms: readonly FormListItemView[] = []
): OfferView {
  const card = toOfferCardView(offer, locale);
  const course = offer.languageCourse;
  const childcare = offer.childcare;
  const schedule = course?.schedule;
  return {
    documentId: offer.documentId,
    slug: offer.slug,
    locale,
    title: card.title,
    summary: card.summary,
    description: toLocalizedText(offer.description, locale),
    category: card.category,
    targetGroups: toTerms(offer.targetGroups, locale),
    staffLanguages: card.staffLanguages,
    cost: card.cost,
    costNote: toLocalizedText(offer.cost.note, locale),
    accessibility: {
      stepFreeAccess: offer.accessibility.stepFreeAccess,
      accessibleToilet: offer.accessibility.accessibleToilet,
      hearingLoop: offer.accessibility.hearingLoop,
      note: toLocalizedText(offer.accessibility.note, locale),
    },
    interpreterAvailable: offer.interpreterAvailable,
    appointmentNeeded: offer.appointmentNeeded,
    openingHours: toOpeningHours(offer.openingHours, today),
    validFrom: toDate(offer.validFrom),
    validUntil: toDate(offer.validUntil),
    ended: hasEnded(offer.validUntil, today),
    lastVerified: toDate(offer.lastVerifiedAt),
    links: offer.links.flatMap((link) => {
      const url = httpUrl(link.url);
      return url ? [{ url, label: toLocalizedText(link.label, locale) }] : [];
    }),
    provider: offer.provider
      ? {
          name: offer.provider.name,
          website: httpUrl(offer.provider.website),
          description: toLocalizedText(offer.provider.description, locale),
        }
      : null,
    locations: offer.locations.map((location) => ({
      name: location.name,
      street: textOrNull(location.street),
      postalCode: textOrNull(location.postalCode),
      city: textOrNull(location.city),
      district: toTerm(location.district, locale),
      latitude: Number.isFinite(location.latitude) ? location.latitude : null,
      longitude: Number.isFinite(location.longitude) ? location.longitude : null,
    })),
    contacts: offer.contacts.map((contact) => ({
      role: toLocalizedText(contact.role, locale),
      personName: textOrNull(contact.personName),
      phone: textOrNull(contact.phone),
      email: textOrNull(contact.email),
      languages: languageCodes(contact.languages),
    })),
    course: course
      ? {
          level: toLevel(course.level),
          courseType: toTerm(course.courseType, locale),
          startDate: toDate(course.startDate),
          endDate: toDate(course.endDate),
          weekdays: sortWeekdays((schedule?.days ?? []).filter(isWeekday)),
          startTime: normalizeTime(schedule?.start),
          endTime: normalizeTime(schedule?.end),
          seatsTotal: course.seatsTotal ?? null,
          seatsFree: course.seatsFree ?? null,
          childcare: course.childcare,
          womenOnly: course.womenOnly,
          fundingNote: toLocalizedText(course.fundingNote, locale),
        }
      : null,
    childcare: childcare
      ? {
          ageFromMonths: childcare.ageFromMonths ?? null,
          ageToMonths: childcare.ageToMonths ?? null,
          hours: germanOnly(childcare.hours, locale),
          places: childcare.places ?? null,
          registrationUrl: httpUrl(childcare.registrationUrl),
        }
      : null,
    registrationForm: registrationFormOf(offer.registrationFormSlug, forms),
    translations: translatedLocales(offer.availableLocales),
    translationStatus: offer.translationStatus
      ? toTranslationStatus(offer.translationStatus)
      : null,
    hasFallback: offer.isFallback,
  };
}

/**
 * The offer's registration form among the published ones. A form that is
 * not (or no longer) published gets no link: a dead link would send a
 * resident to a "not found" page.
 */
const registrationFormOf = (
  slug: string | null | undefined,
  forms: readonly FormListItemView[]
): OfferRegistrationFormView | null => {
  const form = slug ? forms.find((candidate) => candidate.slug === slug) : undefined;
  return form ? { slug: form.slug, title: form.title, available: form.available } : null;
};

/**
 * Maps the `OfferBySlug` result.
 * @param data the query result
 * @param locale the page's locale
 * @param today the current day in Lehrte, `YYYY-MM-DD`
 * @param forms the published forms in the page's locale (see {@link toOfferView})
 * @returns the offer, the new slug of a renamed offer, or `null` for an unknown slug
 */
export function toOfferPageView(
  data: OfferBySlugQuery,
  locale: LocaleCode,
  today: string,
  forms: readonly FormListItemView[] = []
): OfferPageView | null {
  const lookup = data.teilhabeOfferBySlug;
  if (lookup?.offer && isValidSlug(lookup.offer.slug)) {
    return { kind: 'offer', offer: toOfferView(lookup.offer, locale, today, forms) };
  }
  if (lookup?.redirectTo && isValidSlug(lookup.redirectTo)) {
    return { kind: 'redirect', slug: lookup.redirectTo };
  }
  return null;
}
