import request from 'supertest';
import { databaseBytes, markerForms } from './support/database-bytes';
import {
  countRows,
  ensureFormsSecrets,
  post,
  publishForm,
  renderedEarlier,
} from './support/forms-fixture';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#9) What the submission route refuses, and what it never stores: every
 * refusal is a 4xx with a message in the request's language and leaves the
 * database as it was; answers are encrypted, also against the raw file.
 */
let cms: TestStrapi;

beforeAll(async () => {
  ensureFormsSecrets();
  cms = await startTestStrapi();
  await publishForm(cms.strapi, 'pruefung');
  await publishForm(cms.strapi, 'geschlossen', { closesAt: '2020-01-01T00:00:00.000Z' });
  await publishForm(cms.strapi, 'voll', { submissionLimit: 1 });
});

afterAll(async () => {
  await cms?.stop();
});

const answers = { story: 'Ein Vorfall', consent: true };

const body = async (slug: string, extra: Record<string, unknown> = {}) => {
  const rendered = await renderedEarlier(cms.strapi, slug);
  return {
    version: rendered.snapshot.version,
    locale: 'ar',
    answers,
    renderToken: rendered.renderToken,
    idempotencyKey: rendered.idempotencyKey,
    ...extra,
  };
};

/** Sends, and checks that nothing was stored. */
const refused = async (slug: string, payload: unknown, address = '192.0.2.10') => {
  const before = await countRows(cms.strapi);
  const response = await post(cms.strapi, `/${slug}/submissions`, payload, address);
  expect(await countRows(cms.strapi)).toEqual(before);
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.status).toBeLessThan(500);
  return response;
};

describe('(#9) refused submissions store nothing', () => {
  test.each([
    ['a wrong type', { story: 42, consent: true }],
    ['a missing required answer', { consent: true }],
    ['an unknown field', { ...answers, extra: 'x' }],
    ['an unknown option', { ...answers, area: 'elsewhere' }],
    ['an answer over the length limit', { ...answers, story: 'x'.repeat(501) }],
    ['a script element', { ...answers, story: 'Hallo <script>alert(1)</script>' }],
  ])('%s is a VALIDATION error in Arabic', async (_name, given) => {
    const response = await refused('pruefung', await body('pruefung', { answers: given }));
    expect(response.status).toBe(400);
    expect(response.body.error.details.code).toBe('VALIDATION');
    expect(response.body.error.message).toBe('يرجى التحقق من بياناتك.');
    expect(response.body.error.details.errors.length).toBeGreaterThan(0);
  });

  test('unknown top-level fields, a filled honeypot and invalid UTF-8 are refused', async () => {
    expect((await refused('pruefung', await body('pruefung', { admin: true }))).status).toBe(400);
    expect(
      (await refused('pruefung', await body('pruefung', { website: 'http://spam' }))).status
    ).toBe(400);
    const nul = await body('pruefung', { answers: { story: 'a\u0000b', consent: true } });
    expect((await refused('pruefung', nul)).status).toBe(400);
    const before = await countRows(cms.strapi);
    const bytes = Buffer.from(
      JSON.stringify(await body('pruefung', { answers: { story: 'ZZ', consent: true } }))
    );
    const at = bytes.indexOf('ZZ');
    bytes[at] = 0xff;
    bytes[at + 1] = 0xfe;
    const invalid = await request(cms.strapi.server.httpServer)
      .post('/api/teilhabe/forms/pruefung/submissions')
      .set('content-type', 'application/json; charset=utf-8')
      .set('x-forwarded-for', '192.0.2.11')
      .send(bytes);
    expect(invalid.status).toBe(400);
    expect(await countRows(cms.strapi)).toEqual(before);
  });

  test('an unknown form, version or render token and a too quick submission are refused', async () => {
    const unknownForm = await refused('gibt-es-nicht', await body('pruefung'));
    expect(unknownForm.status).toBe(404);
    expect(unknownForm.body.error.details.code).toBe('FORM_NOT_FOUND');
    const unknownVersion = await refused('pruefung', await body('pruefung', { version: 99 }));
    expect(unknownVersion.body.error.details.code).toBe('VALIDATION');
    const foreignToken = await refused('pruefung', {
      ...(await body('pruefung')),
      renderToken: (await body('voll')).renderToken,
    });
    expect(foreignToken.status).toBe(400);
    const tooFast = await cms.strapi.plugin('teilhabe').service('forms').render('pruefung');
    const fast = await refused('pruefung', {
      ...(await body('pruefung')),
      renderToken: tooFast.renderToken,
    });
    expect(fast.body.error.details.code).toBe('TOO_FAST');
  });

  test('an oversized body is a 413', async () => {
    const response = await refused(
      'pruefung',
      await body('pruefung', { answers: { story: 'x'.repeat(300_000), consent: true } })
    );
    expect(response.status).toBe(413);
    expect(response.body.error.details.code).toBe('PAYLOAD_TOO_LARGE');
  });

  test('a closed form and a full form say so', async () => {
    const closed = await refused('geschlossen', await body('geschlossen', { locale: 'tr' }));
    expect(closed.body.error.details.code).toBe('FORM_CLOSED');
    expect(closed.body.error.message).toBe('Bu form şu anda başvuru kabul etmiyor.');
    expect((await post(cms.strapi, '/voll/submissions', await body('voll'))).status).toBe(201);
    const full = await refused('voll', await body('voll', { locale: 'de' }));
    expect(full.body.error.details.code).toBe('FORM_FULL');
  });
});

describe('(#9) answers at rest', () => {
  test('the same answer encrypts differently twice, and no marker is readable in the database', async () => {
    const latin = `Marker${Date.now()}Qx`;
    const arabic = 'علامةفريدة' + String(Date.now()).slice(-6);
    const refs: string[] = [];
    for (let index = 0; index < 2; index += 1) {
      const sent = await post(
        cms.strapi,
        '/pruefung/submissions',
        await body('pruefung', { answers: { story: `${latin} ${arabic}`, consent: true } }),
        `192.0.2.${50 + index}`
      );
      expect(sent.status).toBe(201);
      refs.push(sent.body.reference);
    }
    const rows = await cms.strapi.db
      .connection('teilhabe_submissions')
      .whereIn('reference', refs)
      .select('ciphertext', 'iv', 'wrapped_key');
    expect(rows).toHaveLength(2);
    expect(rows[0].ciphertext).not.toBe(rows[1].ciphertext);
    expect(rows[0].iv).not.toBe(rows[1].iv);
    const forms = [latin, arabic].flatMap(markerForms);
    const dump = databaseBytes(cms.database);
    expect(dump.length).toBeGreaterThan(0);
    for (const marker of forms) {
      expect(dump.includes(marker)).toBe(false);
    }
  });
});
