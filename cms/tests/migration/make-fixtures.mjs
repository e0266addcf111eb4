// Makes the migration test's fixtures: the demo database exactly as an
// earlier commit of Teilhabe seeds it, once on SQLite and once on PostgreSQL,
// as gzipped SQL dumps next to this file. See README.md for how to run it.
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const HERE = import.meta.dirname;
const { generateSecrets } = createRequire(import.meta.url)('../../scripts/secrets.cjs');

const [oldTree] = process.argv.slice(2);
if (!oldTree || !existsSync(path.join(oldTree, 'cms', 'dist'))) {
  console.error(
    'usage: node cms/tests/migration/make-fixtures.mjs <built worktree of the old commit>'
  );
  process.exit(2);
}
const adminUrl = process.env.TEILHABE_TEST_PG_URL;
if (!adminUrl) {
  console.error('TEILHABE_TEST_PG_URL (an admin connection URL of PostgreSQL) is needed.');
  process.exit(2);
}
const commit = execFileSync('git', ['-C', oldTree, 'rev-parse', '--short=7', 'HEAD'], {
  encoding: 'utf8',
}).trim();

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Runs the old commit's CMS in demo mode (as its `npm start` does) until it
 * answers `/_health`, that is until its bootstrap has seeded, then stops it.
 */
const seedWithOldCms = async (databaseEnv) => {
  const port = await freePort();
  const cmsDir = path.join(oldTree, 'cms');
  const env = { ...process.env };
  delete env.NODE_ENV;
  const child = spawn(
    process.execPath,
    [path.join(cmsDir, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'],
    {
      cwd: cmsDir,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...env,
        ...generateSecrets(),
        ...databaseEnv,
        TEILHABE_DEMO: 'true',
        TEILHABE_DEMO_ADMIN_PASSWORD: `Demo-${randomBytes(9).toString('base64url')}`,
        HOST: '127.0.0.1',
        PORT: String(port),
        STRAPI_TELEMETRY_DISABLED: 'true',
        LOG_LEVEL: 'warn',
      },
    }
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the CMS of ${commit} exited with ${child.exitCode}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the CMS of ${commit} did not start within 5 minutes`);
    }
    const healthy = await fetch(`http://127.0.0.1:${port}/_health`).then(
      (response) => response.ok,
      () => false
    );
    if (healthy) {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  child.kill('SIGTERM');
  await exited;
};

const writeFixture = (client, sql) => {
  const file = path.join(HERE, `demo-${commit}.${client}.sql.gz`);
  writeFileSync(file, gzipSync(sql, { level: 9 }));
  console.log(`${path.relative(process.cwd(), file)}: ${sql.length} bytes of SQL`);
};

const sqlite = async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'teilhabe-fixture-'));
  try {
    const file = path.join(dir, 'demo.db');
    await seedWithOldCms({ DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: file });
    // Debian's sqlite3 shell: its .dump restores FTS5 tables too.
    writeFixture('sqlite', execFileSync('sqlite3', [file, '.dump'], { maxBuffer: 1 << 28 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const postgres = async () => {
  const name = `teilhabe_fixture_${randomBytes(4).toString('hex')}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  execFileSync('psql', ['-X', '-q', '-d', adminUrl, '-c', `CREATE DATABASE ${name}`]);
  try {
    await seedWithOldCms({ DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() });
    writeFixture(
      'postgres',
      execFileSync('pg_dump', ['--no-owner', '--no-privileges', '--dbname', url.toString()], {
        maxBuffer: 1 << 28,
      })
    );
  } finally {
    execFileSync('psql', ['-X', '-q', '-d', adminUrl, '-c', `DROP DATABASE IF EXISTS ${name}`]);
  }
};

await sqlite();
await postgres();
