import type { Core } from '@strapi/types';

/**
 * The plugin's own search and facet tables. Strapi's schema sync leaves
 * tables it did not create alone, so the plugin creates and migrates them
 * itself (idempotent, on every start). Raise {@link INDEX_VERSION} whenever
 * the layout or what is indexed changes: the next start drops the tables
 * and rebuilds them from the published offers.
 */
export const INDEX_VERSION = 3;

export const TABLES = {
  /** One row per published offer: the structural filter values of its German version. */
  facets: 'teilhabe_directory_facets',
  /** Multi-valued filter values: districts, staff languages, target groups, previous slugs. */
  facetValues: 'teilhabe_directory_facet_values',
  /** One row per published offer and locale with a translation: sort key (and on PostgreSQL the tsvector). */
  entries: 'teilhabe_directory_entries',
  /**
   * One row per published locale version of an offer: what the read model
   * shows, as JSON (the German one with its relations), so that a page of
   * results is built from one indexed read.
   */
  readRows: 'teilhabe_directory_read_rows',
  /** SQLite only: the FTS5 table, rowid = entries.id. */
  search: 'teilhabe_directory_search',
} as const;

export type Knex = Core.Strapi['db']['connection'];
export type SearchDialect = 'sqlite' | 'postgres';

/**
 * The dialect of the running database; the index supports SQLite and PostgreSQL.
 * @param strapi the running Strapi instance
 */
export const searchDialect = (strapi: Core.Strapi): SearchDialect => {
  const client = strapi.db.dialect.client;
  if (client === 'sqlite' || client === 'postgres') {
    return client;
  }
  throw new Error(`The directory search supports SQLite and PostgreSQL, not "${client}".`);
};

const createFacetTables = async (knex: Knex): Promise<void> => {
  await knex.schema.createTable(TABLES.facets, (table) => {
    table.string('document_id', 64).primary();
    table.string('slug', 120).notNullable();
    table.string('category', 80);
    table.string('cost_type', 20).notNullable();
    table.boolean('step_free_access').notNullable();
    table.boolean('accessible_toilet').notNullable();
    table.boolean('hearing_loop').notNullable();
    table.boolean('is_course').notNullable();
    table.string('course_level', 20);
    table.string('course_type', 80);
    table.boolean('course_childcare');
    table.boolean('course_women_only');
    // Dates as YYYY-MM-DD text: compared as strings alike on both databases.
    table.string('course_start_date', 10);
    table.string('valid_from', 10);
    table.string('valid_until', 10);
    table.index(['slug'], 'teilhabe_directory_facets_slug_idx');
    table.index(['category'], 'teilhabe_directory_facets_category_idx');
  });
  await knex.schema.createTable(TABLES.facetValues, (table) => {
    table.string('document_id', 64).notNullable();
    table.string('facet', 30).notNullable();
    table.string('value', 120).notNullable();
    table.primary(['document_id', 'facet', 'value']);
    table.index(['facet', 'value'], 'teilhabe_directory_facet_values_value_idx');
  });
  await knex.schema.createTable(TABLES.readRows, (table) => {
    table.string('document_id', 64).notNullable();
    table.string('locale', 20).notNullable();
    table.text('read_row').notNullable();
    table.primary(['document_id', 'locale']);
  });
};

const createEntryTables = async (knex: Knex, dialect: SearchDialect): Promise<void> => {
  await knex.schema.createTable(TABLES.entries, (table) => {
    table.increments('id').primary();
    table.string('document_id', 64).notNullable();
    table.string('locale', 20).notNullable();
    table.string('sort_title', 300).notNullable();
    table.unique(['document_id', 'locale'], { indexName: 'teilhabe_directory_entries_doc_idx' });
    table.index(['locale'], 'teilhabe_directory_entries_locale_idx');
  });
  if (dialect === 'postgres') {
    await knex.raw(`ALTER TABLE ${TABLES.entries} ADD COLUMN search_vector tsvector NOT NULL`);
    await knex.raw(
      `CREATE INDEX teilhabe_directory_entries_search_idx ON ${TABLES.entries} USING GIN (search_vector)`
    );
    return;
  }
  // The text is normalized by the plugin; the tokenizer only splits on spaces
  // and must not fold anything itself (PostgreSQL would not fold alike).
  await knex.raw(
    `CREATE VIRTUAL TABLE ${TABLES.search} USING fts5(` +
      `title, summary, body, extra, tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3')`
  );
};

const tableExists = async (knex: Knex, name: string): Promise<boolean> =>
  knex.schema.hasTable(name);

/**
 * Drops the index tables (all of them, whichever exist).
 * @param knex connection or transaction
 */
export const dropIndexTables = async (knex: Knex): Promise<void> => {
  for (const name of [
    TABLES.search,
    TABLES.entries,
    TABLES.readRows,
    TABLES.facetValues,
    TABLES.facets,
  ]) {
    if (await tableExists(knex, name)) {
      await knex.raw(`DROP TABLE ${name}`);
    }
  }
};

/**
 * Creates the index tables where missing.
 * @param knex connection or transaction
 * @param dialect the running database
 * @returns whether anything was created (the index is then empty)
 */
export const ensureIndexTables = async (knex: Knex, dialect: SearchDialect): Promise<boolean> => {
  const facetsMissing =
    !(await tableExists(knex, TABLES.facets)) || !(await tableExists(knex, TABLES.readRows));
  const entriesMissing =
    !(await tableExists(knex, TABLES.entries)) ||
    (dialect === 'sqlite' && !(await tableExists(knex, TABLES.search)));
  if (!facetsMissing && !entriesMissing) {
    return false;
  }
  // A partial set (an interrupted migration) is dropped and made anew.
  await dropIndexTables(knex);
  await createFacetTables(knex);
  await createEntryTables(knex, dialect);
  return true;
};
