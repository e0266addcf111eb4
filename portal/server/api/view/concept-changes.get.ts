import { parseSince, parseSlug } from '#shared/concept/query';

/**
 * Version history and "what changed since":
 * `GET /api/view/concept-changes?locale=de&dokument=<documentId>`, `…&fassung=<edition>`,
 * `…&seit=2026-01-31`. Malformed values are dropped.
 */
export default defineEventHandler(async (event) => {
  const locale = requireLocale(event);
  const query = getQuery(event);
  const scope = {
    document: parseSlug(query.dokument),
    edition: parseSlug(query.fassung),
    since: parseSince(query.seit),
  };
  return { scope, changes: await loadConceptChanges(event, locale, scope) };
});
