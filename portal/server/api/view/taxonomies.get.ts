/** Filter choices of the directory in one locale: `GET /api/view/taxonomies?locale=ar`. */
export default defineEventHandler(async (event) => {
  const locale = requireLocale(event);
  return loadTaxonomies(event, locale);
});
