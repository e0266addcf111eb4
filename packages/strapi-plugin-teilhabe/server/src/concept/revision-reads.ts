import type { Core } from '@strapi/types';
import { CONCEPT_UIDS, MAX_ROWS } from './constants';
import type { RevisionRow } from './revisions';

/** A revision as the public sees it; `previous` holds the one before it, without texts. */
export interface RevisionView {
  id: string;
  kind: string;
  documentId: string;
  slug: string | null;
  locale: string;
  number: number;
  title: string | null;
  changeNote: string | null;
  revisedAt: string;
  texts: Record<string, string | null>;
  status: string | null;
  previous: RevisionView | null;
}

/**
 * Stored revisions matching conditions, at most {@link MAX_ROWS}, newest first.
 * @param where conditions on the revision table
 */
export const readRevisions = async (
  strapi: Core.Strapi,
  where: Record<string, unknown>
): Promise<RevisionRow[]> =>
  (await strapi.db.query(CONCEPT_UIDS.revision).findMany({
    where,
    orderBy: [{ revisedAt: 'desc' }, { number: 'desc' }],
    limit: MAX_ROWS,
  })) as RevisionRow[];

/** The public shape of a stored revision. */
export const revisionView = (row: RevisionRow, previous: RevisionRow | null): RevisionView => ({
  id: row.documentId,
  kind: row.kind,
  documentId: row.sourceDocumentId,
  slug: row.slug,
  locale: row.contentLocale,
  number: row.number,
  title: row.title,
  changeNote: row.changeNote,
  revisedAt: new Date(row.revisedAt).toISOString(),
  texts: row.texts ?? {},
  status: (row.structure?.implementationStatus as string | undefined) ?? null,
  previous: previous ? revisionView(previous, null) : null,
});
