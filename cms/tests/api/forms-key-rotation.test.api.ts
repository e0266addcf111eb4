import { randomBytes } from 'node:crypto';
import { DEFINITION_WITH_FILES, post, publishForm, renderedEarlier } from './support/forms-fixture';
import { pdfFile, upload } from './support/sample-files';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#9) Key rotation on a real database: after `forms-keys.rotate()` under a
 * new active key, every sealed value (answers, an uploaded file and its name,
 * a caseworker's status message, an internal note) opens with the new key alone, and a second run changes
 * nothing. The command `pnpm --filter @teilhabe/cms forms:rotate-keys` calls
 * the same service.
 */
let cms: TestStrapi;
let caseworker: number;
let submissionId: string;
let credentials: { reference: string; code: string };
const OLD_KEY = `old:${randomBytes(32).toString('base64')}`;
const NEW_KEY = `new:${randomBytes(32).toString('base64')}`;
const MESSAGE = `Termin am Montag ${randomBytes(3).toString('hex')}`;
const NOTE = `Notiz ${randomBytes(3).toString('hex')}`;
const LETTER = pdfFile(`Brief ${randomBytes(3).toString('hex')}`);

const useKeys = (keys: string, active: string) => {
  process.env.TEILHABE_FORMS_KEYS = keys;
  process.env.TEILHABE_FORMS_ACTIVE_KEY = active;
};

const inbox = () => cms.strapi.plugin('teilhabe').service('forms-inbox');
const rotate = async () =>
  (await cms.strapi.plugin('teilhabe').service('forms-keys').rotate()) as Array<{
    uid: string;
    field: string;
    counts: { rewrapped: number; current: number; empty: number; failed: number };
  }>;

beforeAll(async () => {
  useKeys(OLD_KEY, 'old');
  process.env.TEILHABE_FORMS_HMAC_SECRET = randomBytes(32).toString('base64');
  cms = await startTestStrapi();
  // The test start brings a generated keyring; this test's own keys take over.
  useKeys(OLD_KEY, 'old');
  const role = (await cms.strapi.service('admin::role').create({
    name: 'Sachbearbeitung (Schlüsseltest)',
    code: `test-${randomBytes(4).toString('hex')}`,
  })) as { id: number };
  caseworker = (
    (await cms.strapi.service('admin::user').create({
      email: `rotation-${randomBytes(3).toString('hex')}@example.org`,
      firstname: 'Test',
      lastname: 'Rotation',
      isActive: true,
      roles: [role.id],
    })) as { id: number }
  ).id;
  const formId = await publishForm(cms.strapi, 'schluesselwechsel', {
    caseworkers: [caseworker],
    definition: DEFINITION_WITH_FILES,
  });
  const rendered = await renderedEarlier(cms.strapi, 'schluesselwechsel');
  const uploaded = await upload(
    cms.strapi,
    'schluesselwechsel',
    { field: 'letter', locale: 'uk', renderToken: rendered.renderToken },
    { data: LETTER, name: 'лист.pdf', type: 'application/pdf' }
  );
  expect(uploaded.status).toBe(201);
  const sent = await post(cms.strapi, '/schluesselwechsel/submissions', {
    version: rendered.snapshot.version,
    locale: 'uk',
    answers: {
      story: 'Вікно розбите',
      area: 'housing',
      consent: true,
      letter: [uploaded.body.fileToken],
    },
    renderToken: rendered.renderToken,
    idempotencyKey: rendered.idempotencyKey,
  });
  expect(sent.status).toBe(201);
  credentials = sent.body;
  const page = await inbox().list(caseworker, formId, { q: credentials.reference });
  submissionId = page.items[0].id;
  await inbox().changeStatus(caseworker, submissionId, { status: 'done', text: MESSAGE });
  await inbox().addNote(caseworker, submissionId, { text: NOTE });
});

afterAll(async () => {
  await cms?.stop();
});

test('everything sealed under the old key opens under the new one alone after rotation', async () => {
  useKeys(`${OLD_KEY},${NEW_KEY}`, 'new');
  const first = await rotate();
  const counts = Object.fromEntries(
    first.map((table) => [`${table.uid}#${table.field}`, table.counts])
  );
  const rewrappedOnce = { rewrapped: 1, failed: 0 };
  expect(counts['plugin::teilhabe.submission#wrappedKey']).toMatchObject(rewrappedOnce);
  // The file's content and its name are two sealed values.
  expect(counts['plugin::teilhabe.submission-file#wrappedKey']).toMatchObject(rewrappedOnce);
  expect(counts['plugin::teilhabe.submission-file#textWrappedKey']).toMatchObject(rewrappedOnce);
  // The first history entry has no free text; the caseworker's has one.
  expect(counts['plugin::teilhabe.submission-event#textWrappedKey']).toMatchObject(rewrappedOnce);
  expect(counts['plugin::teilhabe.submission-note#textWrappedKey']).toMatchObject(rewrappedOnce);

  useKeys(NEW_KEY, 'new');
  const opened = await inbox().read(caseworker, submissionId);
  expect(opened.answers[0]).toMatchObject({ key: 'story', lines: ['Вікно розбите'] });
  expect(opened.notes).toEqual([expect.objectContaining({ text: NOTE })]);
  expect(opened.files).toEqual([expect.objectContaining({ name: 'лист.pdf' })]);
  const file = await inbox().downloadFile(caseworker, opened.files[0].id);
  expect(Buffer.compare(file.data, LETTER)).toBe(0);
  const status = await post(cms.strapi, '/status', { ...credentials, locale: 'uk' });
  expect(status.status).toBe(200);
  expect(status.body.history.at(-1)).toMatchObject({ label: 'Виконано', text: MESSAGE });

  const second = await rotate();
  expect(second.every((table) => table.counts.rewrapped === 0 && table.counts.failed === 0)).toBe(
    true
  );
});

test('without rotation, a value under a removed key does not open', async () => {
  useKeys(NEW_KEY, 'new');
  const before = await inbox().addNote(caseworker, submissionId, {
    text: 'unter dem neuen Schlüssel',
  });
  expect(before).toEqual({ added: true });
  // A key the keyring no longer has: the note written under `new` cannot be read.
  useKeys(OLD_KEY, 'old');
  await expect(inbox().read(caseworker, submissionId)).rejects.toThrow();
  useKeys(NEW_KEY, 'new');
});
