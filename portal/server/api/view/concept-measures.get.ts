import { parseMeasureFilters } from '#shared/concept/query';

/**
 * The measures, filtered as in the page URL:
 * `GET /api/view/concept-measures?locale=de&handlungsfeld=kinderbetreuung&status=proposed`.
 * Unknown filter values are dropped; an unknown field of action lists nothing.
 */
export default defineEventHandler(async (event) => {
  const locale = requireLocale(event);
  const filters = parseMeasureFilters(getQuery(event));
  const concept = await loadConcept(event, locale, false);
  const known = concept.fieldsOfAction.some((field) => field.slug === filters.fieldOfAction);
  const applied = { ...filters, fieldOfAction: known ? filters.fieldOfAction : null };
  return {
    filters: applied,
    fieldsOfAction: concept.fieldsOfAction.map((field) => ({
      slug: field.slug,
      title: field.title,
    })),
    result: await loadConceptMeasures(event, locale, applied),
  };
});
