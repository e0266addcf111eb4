import type { Core } from '@strapi/types';
import { errors } from '@strapi/utils';
import {
  CANONICAL_LOCALE,
  CONCEPT_UIDS,
  REVISED_UIDS,
  type RevisedUid,
  type RevisionKind,
} from './constants';
import { fieldError } from './writes';

type Row = Record<string, unknown>;

/** The texts a revision keeps, per kind: what readers compare between versions. */
export const REVISION_TEXT_FIELDS: Record<RevisionKind, readonly string[]> = {
  chapter: ['title', 'summary', 'body', 'easyText', 'easyTextKind', 'easyTextCheckedBy'],
  measure: ['title', 'summary', 'description', 'responsibleUnit', 'indicators'],
};

/** Shared scalars a revision keeps (relations are added by slug, from German). */
const STRUCTURE_FIELDS: Record<RevisionKind, readonly string[]> = {
  chapter: ['position'],
  measure: [
    'implementationStatus',
    'progressPercent',
    'progressUpdatedOn',
    'startDate',
    'endDate',
    'weight',
  ],
};

/** Relations a revision names by slug. */
const STRUCTURE_RELATIONS: Record<RevisionKind, Record<string, 'one' | 'many'>> = {
  chapter: { parent: 'one', edition: 'one', fieldsOfAction: 'many' },
  measure: { fieldOfAction: 'one', goal: 'one', parent: 'one' },
};

export interface RevisionRow {
  documentId: string;
  kind: RevisionKind;
  sourceDocumentId: string;
  contentLocale: string;
  number: number;
  slug: string | null;
  editionDocumentId: string | null;
  title: string | null;
  changeNote: string | null;
  revisedAt: string;
  texts: Record<string, string | null> | null;
  structure: Record<string, unknown> | null;
}

const revisions = (strapi: Core.Strapi) => strapi.db.query(CONCEPT_UIDS.revision);

/** The locales a publish call names: one, several, or all that have a draft. */
export const publishedLocales = async (
  strapi: Core.Strapi,
  uid: RevisedUid,
  params: { documentId?: string; locale?: string | string[] }
): Promise<string[]> => {
  const asked = Array.isArray(params.locale) ? params.locale : [params.locale ?? CANONICAL_LOCALE];
  if (!asked.includes('*')) {
    return asked;
  }
  const drafts = (await strapi.db.query(uid).findMany({
    where: { documentId: params.documentId, publishedAt: null },
    select: ['locale'],
  })) as Array<{ locale: string }>;
  return drafts.map((draft) => draft.locale);
};

/** The newest revision of a document in a locale. */
export const latestRevision = async (
  strapi: Core.Strapi,
  sourceDocumentId: string,
  locale: string
): Promise<RevisionRow | null> =>
  (await revisions(strapi).findOne({
    where: { sourceDocumentId, contentLocale: locale },
    orderBy: { number: 'desc' },
  })) as RevisionRow | null;

const present = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

/**
 * Every publish of a chapter or measure needs a change note in each locale
 * it publishes, and a new one: the note of the previous publish would
 * describe a change that is not this one. Checked before anything is
 * written, so a refused publish changes nothing.
 * @throws ValidationError (German, on the field) when a note is missing or unchanged
 */
export const assertChangeNotes = async (
  strapi: Core.Strapi,
  uid: RevisedUid,
  documentId: string,
  locales: readonly string[]
): Promise<void> => {
  for (const locale of locales) {
    const draft = (await strapi.db.query(uid).findOne({
      where: { documentId, locale, publishedAt: null },
      select: ['changeNote'],
    })) as { changeNote?: unknown } | null;
    if (!draft) {
      continue;
    }
    if (!present(draft.changeNote)) {
      throw fieldError(
        'changeNote',
        `Bitte einen Änderungshinweis angeben (Sprache: ${locale}): Was hat sich geändert? ` +
          'Er erscheint öffentlich in der Versionsgeschichte.'
      );
    }
    const previous = await latestRevision(strapi, documentId, locale);
    if (previous && previous.changeNote?.trim() === draft.changeNote.trim()) {
      throw fieldError(
        'changeNote',
        `Der Änderungshinweis (Sprache: ${locale}) ist derselbe wie bei der letzten ` +
          'Veröffentlichung. Bitte beschreiben, was sich diesmal geändert hat.'
      );
    }
  }
};

const slugOf = (value: unknown): string | null =>
  value && typeof value === 'object' && 'slug' in value
    ? String((value as { slug: unknown }).slug)
    : null;

/**
 * Stores the revisions of a publish: for each locale, the published texts,
 * the shared structure (relations by slug, from the German version) and the
 * change note, numbered per document and locale. Written with the query
 * engine, never updated or deleted afterwards (the document middleware
 * refuses both): the history outlives an unpublish or delete of its document.
 */
export const storeRevisions = async (
  strapi: Core.Strapi,
  uid: RevisedUid,
  documentId: string,
  locales: readonly string[]
): Promise<void> => {
  const kind = REVISED_UIDS[uid];
  const relations = STRUCTURE_RELATIONS[kind];
  const populate = Object.fromEntries(
    Object.keys(relations).map((name) => [name, { select: ['slug', 'documentId'] }])
  );
  const german = (await strapi.db.query(uid).findOne({
    where: { documentId, locale: CANONICAL_LOCALE, publishedAt: { $notNull: true } },
    populate,
  })) as Row | null;
  for (const locale of locales) {
    const row = (await strapi.db.query(uid).findOne({
      where: { documentId, locale, publishedAt: { $notNull: true } },
    })) as Row | null;
    if (!row) {
      continue;
    }
    const structure: Row = Object.fromEntries(
      STRUCTURE_FIELDS[kind].map((field) => [field, row[field] ?? null])
    );
    for (const [name, cardinality] of Object.entries(relations)) {
      const related = german?.[name];
      structure[name] =
        cardinality === 'many'
          ? (Array.isArray(related) ? related : []).map(slugOf).filter(Boolean)
          : slugOf(related);
    }
    const edition = german?.edition as { documentId?: string } | null | undefined;
    const previous = await latestRevision(strapi, documentId, locale);
    await strapi.documents(CONCEPT_UIDS.revision).create({
      data: {
        kind,
        sourceDocumentId: documentId,
        contentLocale: locale,
        number: (previous?.number ?? 0) + 1,
        slug: (row.slug as string | undefined) ?? null,
        editionDocumentId: edition?.documentId ?? null,
        title: (row.title as string | undefined) ?? null,
        changeNote: (row.changeNote as string | undefined) ?? null,
        revisedAt: new Date().toISOString(),
        texts: Object.fromEntries(
          REVISION_TEXT_FIELDS[kind].map((field) => [field, (row[field] as string) ?? null])
        ),
        structure,
      } as never,
    });
  }
};

/** Actions on revisions that would change the history. */
const CHANGING = new Set(['update', 'delete', 'publish', 'unpublish', 'discardDraft']);

/**
 * Refuses every change to a stored revision: the history is a record.
 * @throws ApplicationError for an update or delete of a revision
 */
export const assertRevisionUntouched = (action: string): void => {
  if (CHANGING.has(action)) {
    throw new errors.ApplicationError(
      'Versionen des Integrationskonzepts sind unveränderlich: Sie werden weder geändert noch gelöscht.'
    );
  }
};
