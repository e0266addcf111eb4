import {
  countRows,
  ensureFormsSecrets,
  fixtureForm,
  post,
  publishForm,
  renderedEarlier,
} from './support/forms-fixture';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#9) A form from publish to status: publishing checks the form and
 * freezes a version, the public reads it, a resident submits, looks up the
 * status in the language of the submission and withdraws.
 */
let cms: TestStrapi;
const FORM = 'plugin::teilhabe.form';
const VERSION = 'plugin::teilhabe.form-version';

beforeAll(async () => {
  ensureFormsSecrets();
  cms = await startTestStrapi();
});

afterAll(async () => {
  await cms?.stop();
});

const answers = { story: 'Ein Vorfall im Amt', area: 'housing', consent: true };

const submit = async (slug: string, extra: Record<string, unknown> = {}, address?: string) => {
  const rendered = await renderedEarlier(cms.strapi, slug);
  return post(
    cms.strapi,
    `/${slug}/submissions`,
    {
      version: rendered.snapshot.version,
      locale: 'de',
      answers,
      renderToken: rendered.renderToken,
      idempotencyKey: rendered.idempotencyKey,
      ...extra,
    },
    address
  );
};

describe('(#9) publishing a form', () => {
  test('an incomplete form is not published, with a German message, and gets no version', async () => {
    const created = await cms.strapi.documents(FORM).create({
      data: { ...fixtureForm('unvollstaendig'), definition: null, legalBasis: '' } as never,
    });
    await expect(
      cms.strapi.documents(FORM).publish({ documentId: created.documentId })
    ).rejects.toThrow(/kann so nicht veröffentlicht werden.*Rechtsgrundlage.*Aufbau/);
    expect(await cms.strapi.db.query(VERSION).count({ where: { form: created.documentId } })).toBe(
      0
    );
  });

  test('a definition that breaks the schema is refused on save, in German', async () => {
    await expect(
      cms.strapi.documents(FORM).create({
        data: { ...fixtureForm('kaputt'), definition: { steps: [], statuses: [] } } as never,
      })
    ).rejects.toThrow(/Aufbau: Schritt/);
  });

  test('each publish with changes freezes a new version; the previous one is superseded', async () => {
    const formId = await publishForm(cms.strapi, 'versionen');
    const first = await cms.strapi.db.query(VERSION).findOne({ where: { form: formId } });
    expect(first).toMatchObject({ version: 1, supersededAt: null });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.snapshot).toMatchObject({
      formId,
      slug: 'versionen',
      version: 1,
      hash: first.hash,
    });
    await cms.strapi.documents(FORM).publish({ documentId: formId });
    expect(await cms.strapi.db.query(VERSION).count({ where: { form: formId } })).toBe(1);
    await cms.strapi.documents(FORM).update({
      documentId: formId,
      data: { retentionDays: 60 } as never,
    });
    await cms.strapi.documents(FORM).publish({ documentId: formId });
    const rows = await cms.strapi.db
      .query(VERSION)
      .findMany({ where: { form: formId }, orderBy: { version: 'asc' } });
    expect(rows.map((row: { version: number }) => row.version)).toEqual([1, 2]);
    expect(rows[0].supersededAt).not.toBeNull();
    expect(rows[1].supersededAt).toBeNull();
    expect(rows[1].hash).not.toBe(rows[0].hash);
  });
});

describe('(#9) public reads', () => {
  test('teilhabeForms lists published forms with state and translation; drafts never', async () => {
    await publishForm(cms.strapi, 'liste');
    await cms.strapi.documents(FORM).create({ data: fixtureForm('nur-entwurf') as never });
    const response = await cms.graphql(
      'query($locale: I18NLocaleCode!) { teilhabeForms(locale: $locale) { slug title { text locale } summary { text } available anonymous state } }',
      { locale: 'fa' }
    );
    expect(response.body.errors).toBeUndefined();
    const forms = response.body.data.teilhabeForms as Array<Record<string, unknown>>;
    expect(forms.map((form) => form.slug)).toContain('liste');
    expect(forms.map((form) => form.slug)).not.toContain('nur-entwurf');
    expect(forms.find((form) => form.slug === 'liste')).toMatchObject({
      title: { text: 'Testformular', locale: 'de' },
      available: false,
      state: 'open',
    });
  });

  test('teilhabeForm gives the snapshot, a render token and an idempotency key', async () => {
    await publishForm(cms.strapi, 'lesen');
    const response = await cms.graphql(
      'query($slug: String!) { teilhabeForm(slug: $slug) { snapshot state renderToken idempotencyKey directoryOptions { field } } }',
      { slug: 'lesen' }
    );
    expect(response.body.errors).toBeUndefined();
    const form = response.body.data.teilhabeForm;
    expect(form.snapshot).toMatchObject({ slug: 'lesen', version: 1 });
    expect(form.state).toBe('open');
    expect(form.renderToken.length).toBeGreaterThan(20);
    expect(form.idempotencyKey).toMatch(/^[A-Za-z0-9_-]{16,}$/);
    const missing = await cms.graphql('{ teilhabeForm(slug: "gibt-es-nicht") { state } }');
    expect(missing.body.data.teilhabeForm).toBeNull();
  });
});

describe('(#9) submit, status, withdraw', () => {
  test('a submission gets a reference and a code; its status is in its own language', async () => {
    await publishForm(cms.strapi, 'rundweg');
    const sent = await submit('rundweg', { locale: 'uk' });
    expect(sent.status).toBe(201);
    expect(sent.headers['cache-control']).toBe('no-store');
    const { reference, code } = sent.body;
    expect(reference).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
    expect(code.length).toBeGreaterThanOrEqual(16);
    const status = await post(cms.strapi, '/status', { reference, code, locale: 'de' });
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({
      form: 'Тестова форма',
      status: 'received',
      history: [{ status: 'received', label: 'Отримано', message: 'Ми отримали вашу заявку.' }],
    });
    expect(status.body.history[0].on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const wrong = await post(cms.strapi, '/status', {
      reference,
      code: 'AAAAAAAAAAAAAAAA',
      locale: 'en',
    });
    const unknown = await post(cms.strapi, '/status', {
      reference: 'ZZZZ-ZZZZ',
      code,
      locale: 'en',
    });
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
    expect(wrong.body.error.message).toMatch(/We found no submission/);
    const withdrawn = await post(cms.strapi, '/withdraw', { reference, code });
    expect(withdrawn.status).toBe(200);
    const after = await post(cms.strapi, '/status', { reference, code, locale: 'uk' });
    expect(after.body).toMatchObject({ deleted: true, message: 'Дані цієї заявки видалено.' });
  });

  test('five wrong codes lock the submission for everyone, the right code too', async () => {
    await publishForm(cms.strapi, 'sperre');
    const { reference, code } = (await submit('sperre')).body;
    for (let attempt = 1; attempt < 5; attempt += 1) {
      expect(
        (await post(cms.strapi, '/status', { reference, code: 'BBBBBBBBBBBBBBBB' })).status
      ).toBe(404);
    }
    const fifth = await post(cms.strapi, '/status', {
      reference,
      code: 'BBBBBBBBBBBBBBBB',
      locale: 'ar',
    });
    expect(fifth.status).toBe(423);
    expect(fifth.body.error.details.code).toBe('LOCKED');
    expect((await post(cms.strapi, '/status', { reference, code })).status).toBe(423);
  });

  test('20 identical requests at once store one submission and get one reply', async () => {
    await publishForm(cms.strapi, 'gleichzeitig');
    const rendered = await renderedEarlier(cms.strapi, 'gleichzeitig');
    const before = await countRows(cms.strapi);
    const body = {
      version: rendered.snapshot.version,
      locale: 'de',
      answers,
      renderToken: rendered.renderToken,
      idempotencyKey: rendered.idempotencyKey,
    };
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        post(cms.strapi, '/gleichzeitig/submissions', body, `198.51.100.${index + 1}`)
      )
    );
    expect(replies.map((reply) => reply.status)).toEqual(Array(20).fill(201));
    expect(new Set(replies.map((reply) => JSON.stringify(reply.body))).size).toBe(1);
    const after = await countRows(cms.strapi);
    expect(after.teilhabe_submissions - before.teilhabe_submissions).toBe(1);
    expect(after.teilhabe_submission_events - before.teilhabe_submission_events).toBe(1);
  });

  test('an anonymous form answers with a receipt only and stores days, no finer', async () => {
    await publishForm(cms.strapi, 'anonym', { anonymous: true });
    const sent = await submit('anonym', { locale: 'ar' });
    expect(sent.status).toBe(201);
    expect(Object.keys(sent.body)).toEqual(['receipt']);
    expect(sent.body.receipt.replace(/\D/g, '')).toHaveLength(20);
    const row = await cms.strapi.db
      .connection('teilhabe_submissions')
      .orderBy('id', 'desc')
      .first();
    for (const column of ['created_at', 'updated_at']) {
      expect(new Date(row[column]).toISOString()).toMatch(/T00:00:00\.000Z$/);
    }
    expect(row.locked_until).toBeNull();
    const status = await post(cms.strapi, '/status', { receipt: sent.body.receipt });
    expect(status.body).toMatchObject({ status: 'received', history: [{ label: 'تم الاستلام' }] });
  });
});
