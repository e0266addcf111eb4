import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { settingOf, type TestDatabase } from './test-database';

/**
 * The commit whose demo database the fixtures hold: main before the
 * plugin's custom fields replaced plain JSON fields. `cms/tests/migration/
 * README.md` says how the fixtures are made.
 */
export const FIXTURE_COMMIT = 'e81bc32';

const FIXTURE_DIR = path.resolve(__dirname, '..', '..', 'migration');

/**
 * Loads the demo database of {@link FIXTURE_COMMIT} into an empty test
 * database: the SQLite dump with better-sqlite3, the PostgreSQL dump with
 * `psql` (pg_dump's plain format needs it for `COPY … FROM stdin`).
 * @param database a database nothing has been written to yet
 */
export const restoreDemoFixture = async (database: TestDatabase): Promise<void> => {
  const file = path.join(FIXTURE_DIR, `demo-${FIXTURE_COMMIT}.${database.client}.sql.gz`);
  const sql = gunzipSync(readFileSync(file)).toString('utf8');
  if (database.client === 'sqlite') {
    const db = new Database(settingOf(database, 'DATABASE_FILENAME'));
    try {
      // The dump declares the FTS5 table by writing sqlite_schema, which
      // better-sqlite3's default (SQLite's defensive mode) forbids.
      db.unsafeMode(true).exec(sql);
    } finally {
      db.close();
    }
    return;
  }
  const result = spawnSync(
    'psql',
    ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', settingOf(database, 'DATABASE_URL')],
    { input: sql, encoding: 'utf8', maxBuffer: 1 << 26 }
  );
  if (result.error || result.status !== 0) {
    throw new Error(`psql could not load ${file}: ${result.error?.message ?? result.stderr}`);
  }
};
