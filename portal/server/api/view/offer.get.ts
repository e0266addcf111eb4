/**
 * An offer of the directory: `GET /api/view/offer?locale=fa&slug=integrationskurs-a1`.
 * Texts missing in the locale come in German, marked per field. An old slug
 * answers `{ kind: 'redirect', slug }`; an unknown one is a 404.
 */
export default defineEventHandler(async (event) => {
  const offer = await findOffer(event, requireLocale(event), requireSlug(event));
  if (!offer.found) {
    throw createError({ statusCode: 404, statusMessage: 'Offer not found' });
  }
  return offer.value;
});
