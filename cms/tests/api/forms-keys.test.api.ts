import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { createStrapi } from '@strapi/strapi';
import { startCmsProcess, testSecrets } from './support/cms-process';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { CMS_DIR } from './support/test-strapi';

/**
 * Submissions are sealed with the forms' keyring: without a valid one the
 * CMS must not start, and its message names the variable, never a key.
 */
let database: TestDatabase;

beforeEach(async () => {
  database = await createTestDatabase();
});

afterEach(async () => {
  await database.drop();
});

/** The exit code of a start that must fail, or `timeout` (then stopped). */
const exitOf = async (run: Awaited<ReturnType<typeof startCmsProcess>>) => {
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    run.exited(),
    new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), 120_000);
    }),
  ]);
  clearTimeout(timer);
  if (code === 'timeout') {
    await run.stop();
  }
  return code;
};

test('loading Strapi without TEILHABE_FORMS_KEYS rejects, naming the variable', async () => {
  const env: Record<string, string | undefined> = {
    ...testSecrets(),
    ...database.env,
    TEILHABE_DEMO: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: 'silent',
  };
  Object.assign(process.env, env);
  delete process.env.TEILHABE_FORMS_KEYS;
  const strapi = createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') });
  try {
    await expect(strapi.load()).rejects.toThrow(
      /Refusing to start: the forms' encryption keys are not usable\. TEILHABE_FORMS_KEYS is not set/
    );
  } finally {
    await strapi.destroy().catch(() => undefined);
  }
});

test('strapi start with a short key exits non-zero and never prints the key', async () => {
  const material = randomBytes(16).toString('base64');
  const secrets = testSecrets();
  const run = await startCmsProcess({
    ...secrets,
    ...database.env,
    TEILHABE_DEMO: 'false',
    TEILHABE_FORMS_KEYS: `k1:${material}`,
  });
  const code = await exitOf(run);
  expect(code).not.toBe('timeout');
  expect(code).not.toBe(0);
  expect(run.output()).toMatch(/TEILHABE_FORMS_KEYS: the key "k1" is not 32 bytes of base64/);
  expect(run.output()).not.toContain(material);
  expect(run.output()).not.toContain(secrets.TEILHABE_FORMS_HMAC_SECRET);
});

test('strapi start with a valid keyring serves', async () => {
  const run = await startCmsProcess({ ...testSecrets(), ...database.env, TEILHABE_DEMO: 'false' });
  try {
    await run.ready();
  } finally {
    await run.stop();
  }
  expect(run.output()).not.toMatch(/Refusing to start/);
});
