import { isLocaleCode, portalLocale } from '@teilhabe/locales';
import { parseSlug } from '#shared/concept/query';
import { REVISION_FIELDS } from '#shared/concept/statuses';
import { diffFields } from '#shared/concept/word-diff';

/** What the comparison page says about a revision (its texts are in the comparison). */
const revisionMeta = ({ texts: _texts, previous: _previous, ...meta }: RevisionWithTexts) => meta;

/**
 * The word-level comparison of two revisions of one chapter or measure in
 * one locale: `GET /api/view/concept-diff?locale=ar&zu=<id>` (with the one
 * before it) or `…&von=<id>&zu=<id>`. Revisions of different documents or
 * locales are not compared (404).
 */
export default defineEventHandler(async (event) => {
  const locale = requireLocale(event);
  const query = getQuery(event);
  const toId = parseSlug(query.zu);
  const to = toId ? await findConceptRevision(event, toId) : { found: false as const };
  if (!to.found) {
    throw createError({ statusCode: 404, statusMessage: 'Revision not found' });
  }
  const fromId = parseSlug(query.von) ?? to.value.previous?.id ?? null;
  const from = fromId ? await findConceptRevision(event, fromId) : null;
  if (
    from &&
    (!from.found ||
      from.value.documentId !== to.value.documentId ||
      from.value.locale !== to.value.locale)
  ) {
    throw createError({ statusCode: 404, statusMessage: 'Revision not found' });
  }
  const older = from?.found ? from.value : null;
  return {
    from: older ? revisionMeta(older) : null,
    to: revisionMeta(to.value),
    fields: diffFields(
      REVISION_FIELDS[to.value.kind],
      older?.texts ?? {},
      to.value.texts,
      isLocaleCode(to.value.locale) ? portalLocale(to.value.locale).language : locale
    ),
  };
});
