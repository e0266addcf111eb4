/** A measure: `GET /api/view/concept-measure?locale=ar&slug=anlaufstelle-diskriminierung`. */
export default defineEventHandler(async (event) => {
  const measure = await findConceptMeasure(event, requireLocale(event), requireSlug(event));
  if (!measure.found) {
    throw createError({ statusCode: 404, statusMessage: 'Measure not found' });
  }
  return measure.value;
});
