/**
 * An offer of the directory: `GET /api/view/offer?locale=fa&slug=integrationskurs-a1`.
 * Texts missing in the locale come in German, marked per field. An old slug
 * answers `{ kind: 'redirect', slug }`; an unknown one is a 404.
 */
export default defineEventHandler(async (event) => {
  const locale = requireLocale(event);
  const slug = requireSlug(event);
  const view = await loadOffer(event, locale, slug);
  if (!view) {
    throw createError({ statusCode: 404, statusMessage: 'Offer not found' });
  }
  return view;
});
