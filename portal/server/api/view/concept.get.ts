/**
 * The concept's table of contents: `GET /api/view/concept?locale=ar`;
 * with `print=1` the whole edition with every chapter's text.
 */
export default defineEventHandler(async (event) =>
  loadConcept(event, requireLocale(event), getQuery(event).print === '1')
);
