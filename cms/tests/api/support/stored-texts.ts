import type { Core } from '@strapi/strapi';
import { knex, type Knex } from 'knex';
import { settingOf, type TestDatabase } from './test-database';

/**
 * Every text the plugin's content types hold, read with plain SQL, so that
 * it can be taken before Strapi has ever touched a database and again after.
 */

const PLUGIN_PREFIX = 'plugin::teilhabe.';
const TABLE_PREFIX = 'teilhabe_';
/** Columns that identify a row rather than hold one of its texts. */
const KEY_COLUMNS = new Set(['document_id', 'locale']);

type Client = TestDatabase['client'];
export type Status = 'draft' | 'published';

/** A text column and whether it holds JSON. */
export interface TextColumn {
  name: string;
  json: boolean;
}

/** Which tables and columns hold texts, as the database itself declares them. */
export interface TextLayout {
  /** Every table of the plugin: content types, their relation links, the search index. */
  tables: string[];
  /** Content type uid → its table, from the content types Strapi stored in the database. */
  contentTypes: Record<string, string>;
  /** Table → its string, text and JSON columns. */
  columns: Record<string, TextColumn[]>;
}

/** The texts of one row: one locale version (draft or published) of a document. */
export interface StoredRow {
  table: string;
  documentId: string;
  locale: string | null;
  status: Status;
  /** Column → value; JSON as its parsed value. */
  texts: Record<string, unknown>;
}

/** Everything {@link readStoredTexts} reads. */
export interface StoredTexts {
  layout: TextLayout;
  /** The locales Strapi knows (`i18n_locale`). */
  locales: string[];
  /** {@link rowKey} → row. */
  rows: Map<string, StoredRow>;
  /** Link table → its rows, all columns, in id order. */
  links: Record<string, unknown[]>;
}

/** How rows are told apart: table, document, locale (`-` when not localized) and status. */
export const rowKey = (
  table: string,
  documentId: string,
  locale: string | null | undefined,
  status: Status
): string => `${table} ${documentId} ${locale ?? '-'} ${status}`;

/**
 * A connection of its own to a test database, for reading it while no
 * Strapi runs on it.
 * @param database the test database
 * @returns a knex instance; `destroy()` it when done
 */
export const connectTo = (database: TestDatabase): Knex =>
  database.client === 'sqlite'
    ? knex({
        client: 'better-sqlite3',
        connection: { filename: settingOf(database, 'DATABASE_FILENAME') },
        useNullAsDefault: true,
      })
    : knex({ client: 'pg', connection: settingOf(database, 'DATABASE_URL') });

const listTables = async (db: Knex, client: Client): Promise<string[]> => {
  const names: string[] =
    client === 'sqlite'
      ? await db('sqlite_master').where('type', 'table').pluck('name')
      : await db('information_schema.tables')
          .where('table_schema', db.raw('current_schema()'))
          .pluck('table_name');
  return names.filter((name) => name.startsWith(TABLE_PREFIX)).sort();
};

const TEXT_TYPE = { sqlite: /char|text|clob|json/i, postgres: /^(character|text|json)/ };
const JSON_TYPE = { sqlite: /^json$/i, postgres: /^jsonb?$/ };

const listTextColumns = async (db: Knex, client: Client, table: string) => {
  const columns: Array<{ name: string; type: string }> =
    client === 'sqlite'
      ? await db.select('name', 'type').from(db.raw('pragma_table_info(?)', [table]))
      : await db('information_schema.columns')
          .select({ name: 'column_name', type: 'data_type' })
          .where({ table_name: table })
          .andWhere('table_schema', db.raw('current_schema()'));
  return columns
    .filter((column) => TEXT_TYPE[client].test(column.type) && !KEY_COLUMNS.has(column.name))
    .map((column) => ({ name: column.name, json: JSON_TYPE[client].test(column.type) }))
    .sort((a, b) => a.name.localeCompare(b.name));
};

/**
 * Finds the plugin's tables and their text columns. The content types are
 * those Strapi recorded in `strapi_core_store_settings` when it last ran on
 * the database, so this works on a database of any version.
 * @param db a connection to the database
 * @param client which kind of database it is
 */
export const readTextLayout = async (db: Knex, client: Client): Promise<TextLayout> => {
  const stored = (await db('strapi_core_store_settings')
    .where('key', 'strapi_content_types_schema')
    .first('value')) as { value: string } | undefined;
  if (!stored) {
    throw new Error('the database holds no content type schema of Strapi');
  }
  const schema = JSON.parse(stored.value) as Record<string, { collectionName: string }>;
  const contentTypes = Object.fromEntries(
    Object.entries(schema)
      .filter(([uid]) => uid.startsWith(PLUGIN_PREFIX))
      .map(([uid, contentType]): [string, string] => [uid, contentType.collectionName])
      .sort(([a], [b]) => a.localeCompare(b))
  );
  const columns: Record<string, TextColumn[]> = {};
  for (const table of Object.values(contentTypes)) {
    columns[table] = await listTextColumns(db, client, table);
  }
  return { tables: await listTables(db, client), contentTypes, columns };
};

/**
 * The table of a content type.
 * @param layout where the texts are
 * @param uid a content type the database had before
 */
export const tableOf = (layout: TextLayout, uid: string): string => {
  const table = layout.contentTypes[uid];
  if (!table) {
    throw new Error(`the database had no table of ${uid}`);
  }
  return table;
};

/**
 * The column of an attribute in the running Strapi's database metadata.
 * @param strapi the running Strapi
 * @param uid a content type
 * @param attribute one of its attributes
 */
export const columnOf = (strapi: Core.Strapi, uid: string, attribute: string): string =>
  (strapi.db.metadata.get(uid).attributes[attribute] as { columnName?: string } | undefined)
    ?.columnName ?? attribute;

const parseJson = (value: unknown): unknown =>
  typeof value === 'string' ? JSON.parse(value) : value;

/**
 * Reads every text column of every row of the plugin's content types, and
 * every row of their relation link tables.
 * @param db a connection to the database
 * @param layout the tables and columns to read (those found before a migration, to read them again after it)
 */
export const readStoredTexts = async (db: Knex, layout: TextLayout): Promise<StoredTexts> => {
  const rows = new Map<string, StoredRow>();
  for (const table of Object.values(layout.contentTypes)) {
    const columns = layout.columns[table] ?? [];
    const found = (await db(table)
      .select('id', 'document_id', 'locale', 'published_at', ...columns.map((c) => c.name))
      .orderBy('id')) as Array<Record<string, unknown>>;
    for (const row of found) {
      const documentId = String(row.document_id);
      const locale = (row.locale as string | null) ?? null;
      const status: Status = row.published_at ? 'published' : 'draft';
      const key = rowKey(table, documentId, locale, status);
      if (rows.has(key)) {
        throw new Error(`two rows are ${key}`);
      }
      const texts = Object.fromEntries(
        columns.map(({ name, json }) => [name, json ? parseJson(row[name]) : row[name]])
      );
      rows.set(key, { table, documentId, locale, status, texts });
    }
  }
  const links: Record<string, unknown[]> = {};
  for (const table of layout.tables.filter((name) => name.endsWith('_lnk'))) {
    links[table] = await db(table).select('*').orderBy('id');
  }
  const locales: string[] = await db('i18n_locale').orderBy('id').pluck('code');
  return { layout, locales, rows, links };
};
