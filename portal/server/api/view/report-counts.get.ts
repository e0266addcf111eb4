/**
 * The published counts of a form's statistical fields:
 * `GET /api/view/report-counts?locale=ar&slug=diskriminierung-melden`.
 * `null` when the form publishes none (yet).
 */
export default defineEventHandler(async (event) => {
  const counts = await loadReportCounts(event, requireLocale(event), requireSlug(event));
  return counts.found ? counts.value : null;
});
