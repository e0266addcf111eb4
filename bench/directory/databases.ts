import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { DATA_DIR } from './paths.ts';

export type Client = 'sqlite' | 'postgres';

/** One benchmark database: how the CMS reaches it, how big it is, whether it is seeded. */
export interface BenchDatabase {
  client: Client;
  offers: number;
  /** Environment for the CMS config (`cms/config/database.ts`). */
  env: Record<string, string>;
  /** The seed record written after a complete seed, or null. */
  seeded(): Promise<SeedRecord | null>;
  markSeeded(record: SeedRecord): void;
  /** Removes the database and its seed record. */
  reset(): Promise<void>;
  /** Bytes on disk: the SQLite file with its WAL, or `pg_database_size`. */
  sizeBytes(): Promise<number>;
}

export interface SeedRecord {
  offers: number;
  locales: number;
  seconds: number;
  seededAt: string;
}

/**
 * The PostgreSQL admin connection that creates the benchmark databases:
 * `TEILHABE_BENCH_PG_URL`, else the tests' `TEILHABE_TEST_PG_URL`.
 */
const pgAdminUrl = (): string => {
  const url = process.env.TEILHABE_BENCH_PG_URL ?? process.env.TEILHABE_TEST_PG_URL;
  if (!url) {
    throw new Error(
      'PostgreSQL runs need TEILHABE_BENCH_PG_URL (an admin connection URL, e.g. postgres://user:pass@127.0.0.1:5432/postgres).'
    );
  }
  return url;
};

const withPg = async <T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

const recordFile = (client: Client, offers: number) =>
  path.join(DATA_DIR, `${client}-${offers}.seed.json`);

const readRecord = (file: string): SeedRecord | null =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SeedRecord) : null;

const sqliteDatabase = (offers: number): BenchDatabase => {
  const file = path.join(DATA_DIR, `sqlite-${offers}.db`);
  const record = recordFile('sqlite', offers);
  return {
    client: 'sqlite',
    offers,
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file },
    seeded: async () => (existsSync(file) ? readRecord(record) : null),
    markSeeded: (data) => writeFileSync(record, JSON.stringify(data, null, 2)),
    reset: async () => {
      for (const name of [file, `${file}-wal`, `${file}-shm`, record]) {
        rmSync(name, { force: true });
      }
    },
    sizeBytes: async () =>
      [file, `${file}-wal`]
        .filter((name) => existsSync(name))
        .reduce((sum, name) => sum + statSync(name).size, 0),
  };
};

const postgresDatabase = (offers: number): BenchDatabase => {
  const admin = pgAdminUrl();
  const name = `teilhabe_bench_${offers}`;
  const url = new URL(admin);
  url.pathname = `/${name}`;
  const record = recordFile('postgres', offers);
  const exists = () =>
    withPg(admin, async (client) => {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      return (found.rowCount ?? 0) > 0;
    });
  return {
    client: 'postgres',
    offers,
    env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
    seeded: async () => ((await exists()) ? readRecord(record) : null),
    markSeeded: (data) => writeFileSync(record, JSON.stringify(data, null, 2)),
    reset: async () => {
      rmSync(record, { force: true });
      await withPg(admin, async (client) => {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${name}`);
      });
    },
    sizeBytes: () =>
      withPg(url.toString(), async (client) => {
        const result = await client.query<{ size: string }>(
          'SELECT pg_database_size(current_database()) AS size'
        );
        return Number(result.rows[0]?.size ?? 0);
      }),
  };
};

/**
 * The benchmark database for a client and size; SQLite files live in `bench/.data`.
 * @param client sqlite or postgres
 * @param offers how many offers it holds once seeded
 */
export const benchDatabase = (client: Client, offers: number): BenchDatabase => {
  mkdirSync(DATA_DIR, { recursive: true });
  return client === 'sqlite' ? sqliteDatabase(offers) : postgresDatabase(offers);
};
