import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

/** A database made for one test file and removed after it. */
export interface TestDatabase {
  client: 'sqlite' | 'postgres';
  /** Environment variables that point the CMS config at this database. */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * The admin connection used to create and drop per-test PostgreSQL databases.
 * `.ci/run` sets it; locally: `TEILHABE_TEST_PG_URL=postgres://…/postgres`.
 */
const adminUrl = (): string => {
  const url = process.env.TEILHABE_TEST_PG_URL;
  if (!url) {
    throw new Error(
      'DATABASE_CLIENT=postgres needs TEILHABE_TEST_PG_URL (an admin connection URL).'
    );
  }
  return url;
};

/**
 * One of the settings of a test database.
 * @param database the test database
 * @param name an environment variable of {@link TestDatabase.env}
 * @returns its value; throws when the database has no such setting
 */
export const settingOf = (database: TestDatabase, name: string): string => {
  const value = database.env[name];
  if (value === undefined) {
    throw new Error(`the ${database.client} test database has no ${name}`);
  }
  return value;
};

const withAdmin = async (statement: string): Promise<void> => {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
};

/** PostgreSQL's SQLSTATE for "insufficient privilege". */
const INSUFFICIENT_PRIVILEGE = '42501';

/**
 * Drops a test database and ends the connections still open on it. An
 * autovacuum worker on the database belongs to no role, so a role without
 * `pg_signal_backend` (a local set-up; `.ci/run` grants it) may not end it:
 * then the drop waits for the worker, which finishes within moments.
 * @param name the database's name
 */
const dropDatabase = async (name: string): Promise<void> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await withAdmin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code !== INSUFFICIENT_PRIVILEGE || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
};

/**
 * Creates an empty database of the kind `DATABASE_CLIENT` selects (SQLite by
 * default): a file in a temporary folder, or a new PostgreSQL database.
 * @returns the database and how to reach and drop it
 */
export const createTestDatabase = async (): Promise<TestDatabase> => {
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const name = `teilhabe_test_${randomBytes(6).toString('hex')}`;
    await withAdmin(`CREATE DATABASE ${name}`);
    // A commit returns before its WAL reaches the disk: a test database
    // outlives no server crash, and the tests write thousands of small
    // transactions. Nothing the CMS does changes with it; production keeps `on`.
    await withAdmin(`ALTER DATABASE ${name} SET synchronous_commit = off`);
    const url = new URL(adminUrl());
    url.pathname = `/${name}`;
    return {
      client: 'postgres',
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
      drop: () => dropDatabase(name),
    };
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'teilhabe-api-'));
  return {
    client: 'sqlite',
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'cms.db') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
};
