import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scratchDatabase, withPg, pgAdminUrl, type Client } from '../shared/databases.ts';
import { DATA_DIR } from '../shared/paths.ts';

export type { Client } from '../shared/databases.ts';

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

const readRecord = (file: string): SeedRecord | null =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SeedRecord) : null;

/** Whether the database exists at all (a SQLite file, a PostgreSQL database). */
const databaseExists = async (client: Client, env: Record<string, string>): Promise<boolean> => {
  if (client === 'sqlite') {
    return existsSync(env.DATABASE_FILENAME ?? '');
  }
  const name = new URL(env.DATABASE_URL ?? '').pathname.slice(1);
  return withPg(pgAdminUrl(), async (connection) => {
    const found = await connection.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    return (found.rowCount ?? 0) > 0;
  });
};

/**
 * The benchmark database for a client and size; SQLite files live in `bench/.data`.
 * @param client sqlite or postgres
 * @param offers how many offers it holds once seeded
 */
export const benchDatabase = (client: Client, offers: number): BenchDatabase => {
  const database = scratchDatabase(client, String(offers));
  const record = path.join(DATA_DIR, `${client}-${offers}.seed.json`);
  return {
    client,
    offers,
    env: database.env,
    seeded: async () => ((await databaseExists(client, database.env)) ? readRecord(record) : null),
    markSeeded: (data) => writeFileSync(record, JSON.stringify(data, null, 2)),
    reset: async () => {
      rmSync(record, { force: true });
      await database.reset();
    },
    sizeBytes: () => database.sizeBytes(),
  };
};
