import { Client } from 'pg';
import { startCmsProcess, testSecrets, type CmsRun } from './support/cms-process';
import { createTestDatabase, settingOf, type TestDatabase } from './support/test-database';

/**
 * (#11) Three CMS processes started at once on one empty PostgreSQL database
 * (in demo mode, so that start-up has real work: migrations and schema sync,
 * the directory index, permissions, the admin's set-up, the demo seed). The
 * plugin's start-up lock lets one start at a time: every process comes up,
 * none logs an error, and the work is done once: one index build, the demo
 * content once, no permission twice. PostgreSQL only (the API project runs
 * this file with DATABASE_CLIENT=postgres; SQLite serves one process).
 */
const PROCESSES = 3;

let database: TestDatabase;
let runs: CmsRun[] = [];
let sql: Client;

beforeAll(async () => {
  database = await createTestDatabase();
  sql = new Client({ connectionString: settingOf(database, 'DATABASE_URL') });
  await sql.connect();
}, 60_000);

afterAll(async () => {
  await Promise.all(runs.map((run) => run.stop()));
  await sql?.end();
  await database?.drop();
}, 60_000);

const count = async (query: string): Promise<number> =>
  Number((await sql.query<{ count: string }>(query)).rows[0]?.count ?? -1);

test('three processes start together on one database: all come up, the work runs once', async () => {
  // One deployment: the same secrets and database for every process.
  const env = {
    ...testSecrets(),
    ...database.env,
    NODE_ENV: 'production',
    TEILHABE_DEMO: 'true',
    TEILHABE_DEMO_ADMIN_PASSWORD: `Demo-${Date.now()}-Start`,
    LOG_LEVEL: 'info',
  };
  runs = await Promise.all(Array.from({ length: PROCESSES }, () => startCmsProcess(env)));
  await Promise.all(runs.map((run) => run.ready(600_000)));

  const outputs = runs.map((run) => run.output());
  // Strapi's logger writes `error:` (and `[error]` from plugins); nothing of the kind.
  for (const output of outputs) {
    expect(output).not.toMatch(/\berror\b:|\[error\]|Unhandled|duplicate key/i);
  }
  const lines = (pattern: RegExp) =>
    outputs.reduce((total, output) => total + (output.match(pattern)?.length ?? 0), 0);
  // Each process took the lock in turn; all but the first waited for it.
  expect(lines(/Start-up lock taken/g)).toBe(PROCESSES);
  expect(lines(/Another CMS process is starting/g)).toBeGreaterThanOrEqual(1);
  // The index was built by the first process only; the others found it current.
  expect(lines(/Directory index built/g)).toBe(1);

  // The demo content exists once: its 48 offers, not twice or three times as many.
  expect(await count('select count(distinct document_id) as count from teilhabe_offers')).toBe(48);
  expect(await count('select count(*) as count from admin_users')).toBeGreaterThanOrEqual(1);
  expect(
    await count(`select count(*) as count from (
      select email from admin_users group by email having count(*) > 1) as twice`)
  ).toBe(0);
  // No permission of the public role or of an admin role is there twice.
  expect(
    await count(`select count(*) as count from (
      select r.id, p.action from up_permissions p
        join up_permissions_role_lnk l on l.permission_id = p.id
        join up_roles r on r.id = l.role_id
       group by r.id, p.action having count(*) > 1) as twice`)
  ).toBe(0);
  expect(
    await count(`select count(*) as count from (
      select l.role_id, p.action, p.subject from admin_permissions p
        join admin_permissions_role_lnk l on l.permission_id = p.id
       group by l.role_id, p.action, p.subject having count(*) > 1) as twice`)
  ).toBe(0);
  // Every process answers the public API.
  for (const run of runs) {
    const response = await fetch(`${run.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(response.status).toBe(200);
  }
}, 900_000);
