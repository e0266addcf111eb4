/**
 * schema.org structured data for an offer page (JSON-LD), so that search
 * engines and assistants understand what, where and when. German courses are a
 * `Course` with a `CourseInstance`; everything else is a `Service`. Kept free of
 * Nuxt imports so that Jest can test it.
 */
import { CITY_TIME_ZONE, portalLocale } from '@teilhabe/locales';
import { normalizeTime, sortWeekdays, type Weekday } from './format';
import type {
  OfferLocationView,
  OfferView,
  OpeningHoursView,
  LocalizedTextView,
} from './types/view-models';

type JsonLd = { [key: string]: JsonLdValue };
type JsonLdValue = string | number | boolean | JsonLd | JsonLdValue[];

const SCHEMA_DAY: Record<Weekday, string> = {
  mon: 'https://schema.org/Monday',
  tue: 'https://schema.org/Tuesday',
  wed: 'https://schema.org/Wednesday',
  thu: 'https://schema.org/Thursday',
  fri: 'https://schema.org/Friday',
  sat: 'https://schema.org/Saturday',
  sun: 'https://schema.org/Sunday',
};

/** Leaves out empty values, so the output carries only what the CMS knows. */
function compact(object: Readonly<Record<string, unknown>>): JsonLd {
  const result: JsonLd = {};
  for (const [key, value] of Object.entries(object)) {
    const empty =
      value === null ||
      value === undefined ||
      value === '' ||
      (Array.isArray(value) && value.length === 0);
    if (!empty) {
      result[key] = value as JsonLdValue;
    }
  }
  return result;
}

const text = (value: LocalizedTextView | null | undefined) => value?.text;

function postalAddress(location: OfferLocationView): JsonLd | undefined {
  if (!location.street && !location.postalCode && !location.city) {
    return undefined;
  }
  return compact({
    '@type': 'PostalAddress',
    streetAddress: location.street,
    postalCode: location.postalCode,
    addressLocality: location.city,
    addressCountry: 'DE',
  });
}

function openingHoursSpecification(hours: OpeningHoursView | null): JsonLd[] {
  return (hours?.weekly ?? []).map((entry) =>
    compact({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: SCHEMA_DAY[entry.day],
      opens: normalizeTime(entry.opens),
      closes: normalizeTime(entry.closes),
    })
  );
}

function place(location: OfferLocationView, hours: OpeningHoursView | null): JsonLd {
  const hasGeo = location.latitude !== null && location.longitude !== null;
  return compact({
    '@type': 'Place',
    name: location.name,
    address: postalAddress(location),
    geo: hasGeo
      ? { '@type': 'GeoCoordinates', latitude: location.latitude!, longitude: location.longitude! }
      : undefined,
    openingHoursSpecification: openingHoursSpecification(hours),
  });
}

function organization(offer: OfferView): JsonLd | undefined {
  if (!offer.provider) {
    return undefined;
  }
  const contactPoints = offer.contacts
    .filter((contact) => contact.phone || contact.email)
    .map((contact) =>
      compact({
        '@type': 'ContactPoint',
        contactType: text(contact.role),
        telephone: contact.phone,
        email: contact.email,
        availableLanguage: contact.languages,
      })
    );
  return compact({
    '@type': 'Organization',
    name: offer.provider.name,
    url: offer.provider.website,
    contactPoint: contactPoints,
  });
}

function offers(offer: OfferView): JsonLd | undefined {
  switch (offer.cost.kind) {
    case 'free':
      return { '@type': 'Offer', price: 0, priceCurrency: 'EUR' };
    case 'amount':
      return { '@type': 'Offer', price: offer.cost.amountEuro, priceCurrency: 'EUR' };
    default:
      return undefined;
  }
}

function courseInstance(offer: OfferView, locations: JsonLd[]): JsonLd | undefined {
  const course = offer.course;
  if (!course) {
    return undefined;
  }
  const days = sortWeekdays(course.weekdays);
  const schedule =
    days.length > 0 && course.startTime && course.endTime
      ? compact({
          '@type': 'Schedule',
          byDay: days.map((day) => SCHEMA_DAY[day]),
          startTime: normalizeTime(course.startTime),
          endTime: normalizeTime(course.endTime),
          repeatFrequency: 'P1W',
          startDate: course.startDate,
          endDate: course.endDate,
          scheduleTimezone: CITY_TIME_ZONE,
        })
      : undefined;
  return compact({
    '@type': 'CourseInstance',
    courseMode: 'onsite',
    startDate: course.startDate,
    endDate: course.endDate,
    courseSchedule: schedule,
    location: locations.length === 1 ? locations[0] : locations,
    maximumAttendeeCapacity: course.seatsTotal ?? undefined,
    remainingAttendeeCapacity: course.seatsFree ?? undefined,
    inLanguage: 'de',
  });
}

/**
 * Builds the structured data of an offer page.
 * @param offer the offer as the page shows it
 * @param pageUrl the absolute URL of the page
 * @returns a schema.org `Course` or `Service` object with `@context`
 */
export function offerJsonLd(offer: OfferView, pageUrl: string): JsonLd {
  const locations = offer.locations.map((location) => place(location, offer.openingHours));
  const common = {
    '@context': 'https://schema.org',
    name: offer.title.text,
    description: text(offer.summary),
    url: pageUrl,
    // The language of the texts; German where the translation is missing.
    inLanguage: portalLocale(offer.title.locale).language,
    provider: organization(offer),
    offers: offers(offer),
    isAccessibleForFree: offer.cost.kind === 'free' ? true : undefined,
    audience: offer.targetGroups.map((group) => ({
      '@type': 'Audience',
      audienceType: group.label,
    })),
  };
  if (offer.course) {
    return compact({
      ...common,
      '@type': 'Course',
      educationalLevel: offer.course.level,
      courseCode: offer.course.courseType?.code,
      hasCourseInstance: courseInstance(offer, locations),
    });
  }
  return compact({
    ...common,
    '@type': 'Service',
    serviceType: offer.category?.label.text,
    areaServed: { '@type': 'City', name: 'Lehrte' },
    availableChannel: locations.map((location) =>
      compact({
        '@type': 'ServiceChannel',
        serviceLocation: location,
        availableLanguage: offer.staffLanguages,
      })
    ),
  });
}

/**
 * Serializes structured data for a `<script type="application/ld+json">`.
 * `<` is escaped, so no CMS text can close the script element early.
 * @param data a JSON-LD object
 * @returns JSON text safe to place inside the script element
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
