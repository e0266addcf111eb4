import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#9) The columns the inbox, the status lookup and the retention job look
 * up by are indexed, on SQLite and PostgreSQL: without them each inbox list,
 * count and status lookup reads the whole table.
 */
let cms: TestStrapi;

beforeAll(async () => {
  cms = await startTestStrapi();
});

afterAll(async () => {
  await cms?.stop();
});

/** The indexed column lists of a table, e.g. `['form_id,status']`. */
const indexedColumns = async (table: string): Promise<string[]> => {
  const knex = cms.strapi.db.connection;
  if (cms.strapi.db.dialect.client === 'postgres') {
    const rows = (await knex.raw(
      `select string_agg(a.attname, ',' order by k.ord) as columns
         from pg_index i
         join pg_class t on t.oid = i.indrelid
         cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
         join pg_attribute a on a.attrelid = t.oid and a.attnum = k.attnum
        where t.relname = ? and t.relnamespace = to_regnamespace(current_schema())
        group by i.indexrelid`,
      [table]
    )) as { rows: Array<{ columns: string }> };
    return rows.rows.map((row) => row.columns);
  }
  const indexes = (await knex.raw(`pragma index_list(??)`, [table])) as Array<{ name: string }>;
  return Promise.all(
    indexes.map(async ({ name }) => {
      const columns = (await knex.raw(`pragma index_info(??)`, [name])) as Array<{ name: string }>;
      return columns.map((column) => column.name).join(',');
    })
  );
};

test.each([
  ['teilhabe_submissions', 'form_id,status'],
  ['teilhabe_submissions', 'delete_after'],
  ['teilhabe_submission_events', 'reference'],
  ['teilhabe_submission_notes', 'reference'],
])('%s has an index on %s', async (table, columns) => {
  expect(await indexedColumns(table)).toContain(columns);
});
