/**
 * The published forms: `GET /api/view/forms?locale=ar`. Not cached: a form
 * that fills up or closes must show so at once.
 */
export default defineEventHandler(async (event) => {
  setNoStore(event);
  return fetchFormList(event, requireLocale(event));
});
