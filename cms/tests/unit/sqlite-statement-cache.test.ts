import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import knexFactory, { type Knex } from 'knex';
import {
  reusePreparedStatements,
  STATEMENTS_PER_CONNECTION,
  type PreparingConnection,
} from '../../src/database/sqlite-statement-cache';

/** The part of a better-sqlite3 statement these tests call. */
interface Statement {
  get(...bindings: unknown[]): unknown;
}

/**
 * The statement cache on a real better-sqlite3 database driven by knex, as
 * Strapi drives it: one preparation per SQL text, correct results for every
 * binding, statements that follow schema changes and transactions, and a
 * bounded cache whose dropped statements keep working for their holders.
 */
describe('reusePreparedStatements', () => {
  let dir: string;
  let knex: Knex;
  const prepared: string[] = [];

  beforeEach(() => {
    prepared.length = 0;
    dir = mkdtempSync(path.join(os.tmpdir(), 'teilhabe-statements-'));
    knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: path.join(dir, 'test.db') },
      useNullAsDefault: true,
      pool: {
        afterCreate: (connection: PreparingConnection, done: (error?: Error) => void) => {
          const prepare = connection.prepare.bind(connection);
          connection.prepare = (sql: string) => {
            prepared.push(sql);
            return prepare(sql);
          };
          reusePreparedStatements(connection);
          done();
        },
      },
    });
  });

  afterEach(async () => {
    await knex.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  test('prepares each SQL text once and binds every call anew', async () => {
    const results: number[] = [];
    for (let value = 0; value < 50; value += 1) {
      const rows = (await knex.raw('SELECT ? + 1 AS next', [value])) as Array<{ next: number }>;
      results.push(rows[0]!.next);
    }
    expect(results).toEqual(Array.from({ length: 50 }, (_, value) => value + 1));
    expect(prepared.filter((sql) => sql === 'SELECT ? + 1 AS next')).toHaveLength(1);
  });

  test('a cached statement follows the table after a schema change', async () => {
    await knex.schema.createTable('offers', (table) => table.string('slug'));
    await knex('offers').insert({ slug: 'kurs' });
    await expect(knex('offers').select('*')).resolves.toEqual([{ slug: 'kurs' }]);
    await knex.schema.alterTable('offers', (table) => table.string('district'));
    await expect(knex('offers').select('*')).resolves.toEqual([{ slug: 'kurs', district: null }]);
    await knex.schema.dropTable('offers');
    await knex.schema.createTable('offers', (table) => table.integer('places'));
    await knex('offers').insert({ places: 3 });
    await expect(knex('offers').select('*')).resolves.toEqual([{ places: 3 }]);
  });

  test('transactions commit and roll back with cached statements', async () => {
    await knex.schema.createTable('offers', (table) => table.string('slug'));
    for (const slug of ['a', 'b']) {
      await knex.transaction(async (trx) => {
        await trx('offers').insert({ slug });
      });
    }
    await expect(
      knex.transaction(async (trx) => {
        await trx('offers').insert({ slug: 'c' });
        throw new Error('roll back');
      })
    ).rejects.toThrow('roll back');
    await expect(knex('offers').orderBy('slug').pluck('slug')).resolves.toEqual(['a', 'b']);
    expect(prepared.filter((sql) => sql.startsWith('insert into `offers`'))).toHaveLength(1);
  });

  test('distinct SQL texts beyond the cap evict the least recently used statements', async () => {
    await knex.schema.createTable('offers', (table) => table.integer('id'));
    await knex('offers').insert([{ id: 1 }, { id: 2 }]);
    // Every length of an IN list is a SQL text of its own.
    const byIds = (count: number) =>
      knex('offers')
        .whereIn(
          'id',
          Array.from({ length: count }, (_, index) => index + 1)
        )
        .pluck('id');
    const lengths = Array.from(
      { length: STATEMENTS_PER_CONNECTION + 100 },
      (_, index) => index + 1
    );
    for (const count of lengths) {
      await expect(byIds(count)).resolves.toEqual(count === 1 ? [1] : [1, 2]);
    }
    const inLists = () => prepared.filter((sql) => sql.includes(' in ('));
    expect(inLists()).toHaveLength(lengths.length);
    // The most recent texts are still cached …
    for (const count of lengths.slice(-STATEMENTS_PER_CONNECTION).reverse()) {
      await byIds(count);
    }
    expect(inLists()).toHaveLength(lengths.length);
    // … the oldest were dropped and are prepared anew.
    await expect(byIds(1)).resolves.toEqual([1]);
    expect(inLists()).toHaveLength(lengths.length + 1);
  });

  test('an evicted statement still works for whoever holds it', async () => {
    const connection = (await knex.client.acquireConnection()) as PreparingConnection;
    try {
      const held = connection.prepare('SELECT ? AS value') as Statement;
      const extra = 100;
      for (let index = 0; index < STATEMENTS_PER_CONNECTION + extra; index += 1) {
        const statement = connection.prepare(`SELECT ${index} AS value`) as Statement;
        expect(statement.get()).toEqual({ value: index });
      }
      // `held` and the first `extra` texts were evicted; `held` is still referenced.
      expect(held.get(7)).toEqual({ value: 7 });
      const again = connection.prepare('SELECT ? AS value') as Statement;
      expect(again).not.toBe(held);
      expect(again.get(8)).toEqual({ value: 8 });
      expect(held.get(9)).toEqual({ value: 9 });
    } finally {
      await knex.client.releaseConnection(connection);
    }
  });

  test('SQL that does not prepare fails every time and is not cached', async () => {
    await expect(knex.raw('SELECT * FROM missing_table')).rejects.toThrow(/no such table/);
    await expect(knex.raw('SELECT * FROM missing_table')).rejects.toThrow(/no such table/);
    expect(prepared.filter((sql) => sql === 'SELECT * FROM missing_table')).toHaveLength(2);
  });
});
