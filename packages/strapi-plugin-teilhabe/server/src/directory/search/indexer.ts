import { AsyncLocalStorage } from 'node:async_hooks';
import type { Core } from '@strapi/types';
import { CANONICAL_LOCALE, DIRECTORY_UIDS } from '../constants';
import { OFFER_POPULATE, OFFER_TEXT_FIELDS, type OfferRow } from '../rows';
import { buildIndexRecord, type IndexRecord } from './index-record';
import { serializeReadRow } from './read-rows';
import {
  dropIndexTables,
  ensureIndexTables,
  INDEX_VERSION,
  searchDialect,
  TABLES,
  type Knex,
  type SearchDialect,
} from './index-tables';

const VERSION_KEY = 'directory-index-version';
const suspended = new AsyncLocalStorage<boolean>();

/** Booleans as the driver binds them: better-sqlite3 takes numbers only. */
const bool = (dialect: SearchDialect, value: boolean | null): boolean | number | null =>
  value === null || dialect === 'postgres' ? value : Number(value);

/**
 * Loads the published rows of offers: the German rows with the relations
 * the index needs, and the text fields of every other locale.
 * @returns published rows per document id (German first), for offers with a published German version
 */
export const loadPublishedOffers = async (
  strapi: Core.Strapi,
  documentIds?: string[]
): Promise<Map<string, OfferRow[]>> => {
  const query = strapi.db.query(DIRECTORY_UIDS.offer);
  const scope = documentIds ? { documentId: { $in: documentIds } } : {};
  const canonical = (await query.findMany({
    where: { ...scope, publishedAt: { $notNull: true }, locale: CANONICAL_LOCALE },
    populate: OFFER_POPULATE,
  })) as OfferRow[];
  const byDocument = new Map(canonical.map((row) => [row.documentId, [row]]));
  if (byDocument.size === 0) {
    return byDocument;
  }
  const translations = (await query.findMany({
    where: {
      documentId: { $in: [...byDocument.keys()] },
      publishedAt: { $notNull: true },
      locale: { $ne: CANONICAL_LOCALE },
    },
    select: ['id', 'documentId', 'locale', 'translationStatus', ...OFFER_TEXT_FIELDS],
  })) as OfferRow[];
  for (const row of translations) {
    byDocument.get(row.documentId)?.push(row);
  }
  return byDocument;
};

const insertEntries = async (
  trx: Knex,
  dialect: SearchDialect,
  documentId: string,
  entries: IndexRecord['entries']
): Promise<void> => {
  for (const entry of entries) {
    const row = { document_id: documentId, locale: entry.locale, sort_title: entry.sortTitle };
    if (dialect === 'postgres') {
      await trx(TABLES.entries).insert({
        ...row,
        search_vector: trx.raw(
          `setweight(to_tsvector('simple', ?), 'A') || setweight(to_tsvector('simple', ?), 'B')` +
            ` || setweight(to_tsvector('simple', ?), 'C') || setweight(to_tsvector('simple', ?), 'D')`,
          [entry.title, entry.summary, entry.extra, entry.body]
        ),
      });
      continue;
    }
    const [id] = await trx(TABLES.entries).insert(row);
    await trx.raw(
      `INSERT INTO ${TABLES.search} (rowid, title, summary, body, extra) VALUES (?, ?, ?, ?, ?)`,
      [id, entry.title, entry.summary, entry.body, entry.extra]
    );
  }
};

const deleteDocuments = async (
  trx: Knex,
  dialect: SearchDialect,
  documentIds: string[] | undefined
): Promise<void> => {
  const scoped = (table: string) =>
    documentIds ? trx(table).whereIn('document_id', documentIds) : trx(table);
  if (dialect === 'sqlite') {
    const ids = scoped(TABLES.entries).select('id');
    await trx(TABLES.search).whereIn('rowid', ids).delete();
  }
  await scoped(TABLES.entries).delete();
  await scoped(TABLES.readRows).delete();
  await scoped(TABLES.facetValues).delete();
  await scoped(TABLES.facets).delete();
};

const writeRecord = async (
  trx: Knex,
  dialect: SearchDialect,
  record: IndexRecord,
  rows: OfferRow[]
) => {
  const { facets } = record;
  await trx(TABLES.facets).insert({
    ...facets,

    step_free_access: bool(dialect, facets.step_free_access),
    accessible_toilet: bool(dialect, facets.accessible_toilet),
    hearing_loop: bool(dialect, facets.hearing_loop),
    is_course: bool(dialect, facets.is_course),
    course_childcare: bool(dialect, facets.course_childcare),
    course_women_only: bool(dialect, facets.course_women_only),
  });
  if (record.values.length > 0) {
    await trx(TABLES.facetValues).insert(
      record.values.map((value) => ({ document_id: facets.document_id, ...value }))
    );
  }
  await trx(TABLES.readRows).insert(
    rows.map((row) => ({
      document_id: facets.document_id,
      locale: row.locale,
      read_row: serializeReadRow(row),
    }))
  );
  await insertEntries(trx, dialect, facets.document_id, record.entries);
};

/**
 * Brings the index of the given offers (all when omitted) in line with
 * their published versions, in one transaction (joining the caller's).
 */
const reindex = async (strapi: Core.Strapi, documentIds?: string[]): Promise<number> => {
  const dialect = searchDialect(strapi);
  const offers = await loadPublishedOffers(strapi, documentIds);
  await strapi.db.transaction(async ({ trx }) => {
    await deleteDocuments(trx, dialect, documentIds);
    for (const rows of offers.values()) {
      await writeRecord(trx, dialect, buildIndexRecord(rows[0]!, rows), rows);
    }
  });
  return offers.size;
};

/**
 * The directory's search and facet index, kept current by the document
 * middleware and rebuilt on start when its version changed or it is empty.
 */
export const createIndexer = (strapi: Core.Strapi) => ({
  /** Creates or migrates the tables, then rebuilds when needed. Runs on every start. */
  async ensure(): Promise<void> {
    const dialect = searchDialect(strapi);
    const store = strapi.store({ type: 'plugin', name: 'teilhabe' });
    const knex = strapi.db.connection;
    const outdated = (await store.get({ key: VERSION_KEY })) !== INDEX_VERSION;
    if (outdated) {
      await dropIndexTables(knex);
    }
    const created = await ensureIndexTables(knex, dialect);
    const empty = !(await knex(TABLES.facets).first('document_id'));
    if (outdated || created || empty) {
      const count = await reindex(strapi);
      strapi.log.info(`[teilhabe] Directory index built: ${count} published offers.`);
    }
    await store.set({ key: VERSION_KEY, value: INDEX_VERSION });
  },

  /** Rebuilds the whole index from the published offers. */
  rebuild: (): Promise<number> => reindex(strapi),

  /** Re-indexes some offers; skipped while indexing is suspended. */
  async reindexOffers(documentIds: string[]): Promise<void> {
    if (documentIds.length === 0 || suspended.getStore()) {
      return;
    }
    await reindex(strapi, [...new Set(documentIds)]);
  },

  /**
   * Runs bulk work (seeding) without indexing each change, then rebuilds once.
   * @param work the bulk work
   */
  async suspendWhile<T>(work: () => Promise<T>): Promise<T> {
    const result = await suspended.run(true, work);
    await reindex(strapi);
    return result;
  },
});

export type Indexer = ReturnType<typeof createIndexer>;
