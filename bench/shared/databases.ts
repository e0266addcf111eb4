import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import pg from 'pg';
import { DATA_DIR } from './paths.ts';

export type Client = 'sqlite' | 'postgres';

/** One benchmark database by name: how the CMS reaches it, and direct access for checks. */
export interface ScratchDatabase {
  client: Client;
  name: string;
  /** Environment for the CMS config (`cms/config/database.ts`). */
  env: Record<string, string>;
  /** Removes the database (PostgreSQL: drops and creates it empty). */
  reset(): Promise<void>;
  /** Bytes on disk: the SQLite file with its WAL, or `pg_database_size`. */
  sizeBytes(): Promise<number>;
  /** Runs one read-only query directly on the database, bypassing the CMS. */
  select<T>(sql: string): Promise<T[]>;
}

/**
 * The PostgreSQL admin connection that creates the benchmark databases:
 * `TEILHABE_BENCH_PG_URL`, else the tests' `TEILHABE_TEST_PG_URL`.
 */
export const pgAdminUrl = (): string => {
  const url = process.env.TEILHABE_BENCH_PG_URL ?? process.env.TEILHABE_TEST_PG_URL;
  if (!url) {
    throw new Error(
      'PostgreSQL runs need TEILHABE_BENCH_PG_URL (an admin connection URL, e.g. postgres://user:pass@127.0.0.1:5432/postgres).'
    );
  }
  return url;
};

/**
 * Runs work on a fresh PostgreSQL connection and closes it.
 * @param url the connection URL
 */
export const withPg = async <T>(
  url: string,
  work: (client: pg.Client) => Promise<T>
): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

const sqliteDatabase = (name: string): ScratchDatabase => {
  const file = path.join(DATA_DIR, `sqlite-${name}.db`);
  return {
    client: 'sqlite',
    name,
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    reset: async () => {
      for (const part of [file, `${file}-wal`, `${file}-shm`]) {
        rmSync(part, { force: true });
      }
    },
    sizeBytes: async () =>
      [file, `${file}-wal`]
        .filter((part) => existsSync(part))
        .reduce((sum, part) => sum + statSync(part).size, 0),
    select: async <T>(sql: string) => {
      const database = new DatabaseSync(file, { readOnly: true });
      try {
        return database.prepare(sql).all() as T[];
      } finally {
        database.close();
      }
    },
  };
};

const postgresDatabase = (name: string): ScratchDatabase => {
  const admin = pgAdminUrl();
  const database = `teilhabe_bench_${name}`;
  const url = new URL(admin);
  url.pathname = `/${database}`;
  return {
    client: 'postgres',
    name,
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    reset: () =>
      withPg(admin, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${database}`);
      }),
    sizeBytes: () =>
      withPg(url.toString(), async (client) => {
        const result = await client.query<{ size: string }>(
          'SELECT pg_database_size(current_database()) AS size'
        );
        return Number(result.rows[0]?.size ?? 0);
      }),
    select: <T>(sql: string) =>
      withPg(url.toString(), async (client) => (await client.query(sql)).rows as T[]),
  };
};

/**
 * A benchmark database: a SQLite file `bench/.data/sqlite-<name>.db`, or the
 * PostgreSQL database `teilhabe_bench_<name>`.
 * @param client sqlite or postgres
 * @param name lower-case letters, digits and underscores
 */
export const scratchDatabase = (client: Client, name: string): ScratchDatabase => {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new Error(`Not a benchmark database name: "${name}".`);
  }
  mkdirSync(DATA_DIR, { recursive: true });
  return client === 'sqlite' ? sqliteDatabase(name) : postgresDatabase(name);
};
