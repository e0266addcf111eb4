import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import type { TestDatabase } from './test-database';

/**
 * Everything a test database holds, as bytes: the SQLite file with its
 * write-ahead log, or a `pg_dump` of the PostgreSQL database's data.
 * @param database the test database of a running CMS
 */
export const databaseBytes = (database: TestDatabase): Buffer => {
  if (database.client === 'sqlite') {
    const file = database.env.DATABASE_FILENAME!;
    return Buffer.concat(
      [file, `${file}-wal`].filter(existsSync).map((path) => readFileSync(path))
    );
  }
  return execFileSync('pg_dump', ['--data-only', database.env.DATABASE_URL!], {
    maxBuffer: 512 * 1024 * 1024,
  });
};

/**
 * The ways a marker could be stored readably: as it is, in base64 and in hex.
 * @param marker a unique text the test sent
 */
export const markerForms = (marker: string): Buffer[] => [
  Buffer.from(marker),
  Buffer.from(Buffer.from(marker).toString('base64')),
  Buffer.from(Buffer.from(marker).toString('hex')),
];
