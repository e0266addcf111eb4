import { isLocaleCode, portalLocale } from '@teilhabe/locales';
import { buildIcsCalendar } from '#shared/ics';
import { isValidSlug } from '#shared/slug';

/**
 * The weekly dates of a German course as an iCalendar file:
 * `GET /ar/angebote/integrationskurs-a1/termine.ics`. Same origin as the page,
 * so the download needs no third party. The title is in the page's language
 * (German where not translated, marked with LANGUAGE=de).
 */
export default defineEventHandler(async (event) => {
  const locale = getRouterParam(event, 'locale');
  const slug = getRouterParam(event, 'slug');
  if (!isLocaleCode(locale) || !isValidSlug(slug)) {
    throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  }
  const lookup = await findOffer(event, locale, slug);
  const view = lookup.found ? lookup.value : null;
  if (view?.kind === 'redirect') {
    return sendRedirect(event, `/${locale}/angebote/${view.slug}/termine.ics`, 301);
  }
  const offer = view?.offer;
  const course = offer?.course;
  if (!offer || !course?.startDate || !course.startTime || !course.endTime) {
    throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  }

  const origin = publicOrigin(event);
  const location = offer.locations[0];
  const address = location
    ? [
        location.name,
        location.street,
        [location.postalCode, location.city].filter(Boolean).join(' '),
      ]
        .filter(Boolean)
        .join(', ')
    : undefined;
  const ics = buildIcsCalendar({
    productId: '-//Teilhabe//Portal//DE',
    name: offer.title.text,
    stamp: new Date(),
    courses: [
      {
        uid: `${offer.documentId}@${new URL(origin).hostname}`,
        summary: offer.title.text,
        language: portalLocale(offer.title.locale).language,
        description: offer.summary?.text,
        location: address,
        geo:
          location?.latitude != null && location.longitude != null
            ? { latitude: location.latitude, longitude: location.longitude }
            : undefined,
        url: `${origin}/${locale}/angebote/${offer.slug}`,
        startDate: course.startDate,
        endDate: course.endDate ?? course.startDate,
        weekdays: course.weekdays,
        startTime: course.startTime,
        endTime: course.endTime,
      },
    ],
  });
  setResponseHeaders(event, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="${offer.slug}.ics"`,
    // Calendars and proxies must ask again: a cancelled course must not linger in a shared cache.
    'Cache-Control': 'no-cache',
  });
  return ics;
});
