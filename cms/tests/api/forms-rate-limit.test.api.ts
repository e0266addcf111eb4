import { ensureFormsSecrets, post } from './support/forms-fixture';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#9) Rate limiting counts per client, and a client cannot pick its own
 * key: the CMS believes `X-Forwarded-For` only from the portal (loopback by
 * default) and reads it from the right, so entries a client wrote on the
 * left of the header do not make it someone else.
 */
let cms: TestStrapi;
const LIMIT = 3;

beforeAll(async () => {
  ensureFormsSecrets();
  process.env.TEILHABE_FORMS_RATE_LIMIT = String(LIMIT);
  delete process.env.TEILHABE_TRUSTED_PROXIES;
  cms = await startTestStrapi();
});

afterAll(async () => {
  delete process.env.TEILHABE_FORMS_RATE_LIMIT;
  await cms?.stop();
});

/** A status lookup that finds nothing: cheap, and counted like any other. */
const lookUp = async (forwardedFor: string) =>
  (
    await post(
      cms.strapi,
      '/status',
      { reference: 'ABCD2345', code: 'kein-code', locale: 'de' },
      forwardedFor
    )
  ).status;

test('each client the portal reports has its own allowance', async () => {
  for (let attempt = 0; attempt < LIMIT; attempt += 1) {
    expect(await lookUp('203.0.113.10')).toBe(404);
  }
  expect(await lookUp('203.0.113.10')).toBe(429);
  expect(await lookUp('203.0.113.11')).toBe(404);
});

test('entries a client writes on the left of the header do not give it a new allowance', async () => {
  for (let attempt = 0; attempt < LIMIT; attempt += 1) {
    expect(await lookUp(`198.51.100.${attempt + 1}, 203.0.113.20`)).toBe(404);
  }
  expect(await lookUp('198.51.100.99, 203.0.113.20')).toBe(429);
  expect(await lookUp('203.0.113.20')).toBe(429);
});
