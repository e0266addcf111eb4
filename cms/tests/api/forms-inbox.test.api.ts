import { randomBytes } from 'node:crypto';
import { signInInboxPeople, type SignedInAdmin } from './support/admin-users';
import { ensureFormsSecrets, post, publishForm, renderedEarlier } from './support/forms-fixture';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#9) The caseworkers' inbox over the admin API, as the admin panel calls
 * it: each caseworker reads only the submissions of the forms assigned to
 * them (lists, counts, direct ids, export), every read and export is in the
 * access log, a status change reaches the resident in their language, notes
 * stay internal, and the CSV export is safe to open in a spreadsheet.
 */
let cms: TestStrapi;
let kita: SignedInAdmin;
let other: SignedInAdmin;
let editor: SignedInAdmin;
let auditor: SignedInAdmin;
let formA: string;
let formB: string;
const sent: Array<{ reference: string; code: string }> = [];
const MARKER = `Markierung-${randomBytes(4).toString('hex')}`;
const FORMULA = '=HYPERLINK("http://example.org","klick")';

const submit = async (slug: string, locale: string, story: string) => {
  const rendered = await renderedEarlier(cms.strapi, slug);
  const response = await post(cms.strapi, `/${slug}/submissions`, {
    version: rendered.snapshot.version,
    locale,
    answers: { story, area: 'housing', consent: true },
    renderToken: rendered.renderToken,
    idempotencyKey: rendered.idempotencyKey,
  });
  expect(response.status).toBe(201);
  return response.body as { reference: string; code: string };
};

beforeAll(async () => {
  ensureFormsSecrets();
  cms = await startTestStrapi();
  ({ kita, other, editor, auditor } = await signInInboxPeople(cms.strapi, 'Test'));
  formA = await publishForm(cms.strapi, 'posteingang-a', { caseworkers: [kita.id] });
  formB = await publishForm(cms.strapi, 'posteingang-b', { caseworkers: [other.id] });
  sent.push(await submit('posteingang-a', 'uk', `Було так: ${MARKER}`));
  sent.push(await submit('posteingang-a', 'de', FORMULA));
  sent.push(await submit('posteingang-a', 'ar', 'حدث ذلك في المكتب'));
  await submit('posteingang-b', 'de', 'Ein Anliegen an Formular B');
});

afterAll(async () => {
  await cms?.stop();
});

const idOf = async (admin: SignedInAdmin, formId: string, reference: string) => {
  const list = await admin.get(`/teilhabe/inbox/forms/${formId}/submissions?q=${reference}`);
  expect(list.status).toBe(200);
  const items = list.body.data.items as Array<{ id: string; reference: string }>;
  expect(items.map((item) => item.reference)).toEqual([reference]);
  return items[0]!.id;
};

describe('(#9) who may open the inbox', () => {
  test('without a sign-in: 401; an editor without the inbox permission: 403', async () => {
    const anonymous = await cms.get('/teilhabe/inbox/forms');
    expect(anonymous.status).toBe(401);
    expect((await editor.get('/teilhabe/inbox/forms')).status).toBe(403);
    expect((await editor.get(`/teilhabe/inbox/forms/${formA}/export`)).status).toBe(403);
  });

  test('each caseworker sees only their forms, with counts of their submissions', async () => {
    const mine = await kita.get('/teilhabe/inbox/forms');
    expect(mine.status).toBe(200);
    expect(mine.headers['cache-control']).toBe('no-store');
    expect(mine.body.data).toEqual([
      expect.objectContaining({
        documentId: formA,
        title: 'Testformular',
        total: 3,
        counts: { received: 3 },
      }),
    ]);
    const theirs = await other.get('/teilhabe/inbox/forms');
    expect(theirs.body.data.map((form: { documentId: string }) => form.documentId)).toEqual([
      formB,
    ]);
  });

  test('another form’s list, export and submissions answer "not found"', async () => {
    const list = await kita.get(`/teilhabe/inbox/forms/${formB}/submissions`);
    expect(list.status).toBe(404);
    expect(list.body.error.message).toMatch(/nicht zugeordnet/);
    expect((await kita.get(`/teilhabe/inbox/forms/${formB}/export`)).status).toBe(404);
    const foreignId = await idOf(kita, formA, sent[0]!.reference);
    expect((await other.get(`/teilhabe/inbox/submissions/${foreignId}`)).status).toBe(404);
    const change = await other.post(`/teilhabe/inbox/submissions/${foreignId}/status`, {
      status: 'done',
    });
    expect(change.status).toBe(404);
    expect(
      (await other.post(`/teilhabe/inbox/submissions/${foreignId}/notes`, { text: 'x' })).status
    ).toBe(404);
  });
});

describe('(#9) choosing a form’s caseworkers', () => {
  test('editors of forms get the people whose role holds the inbox, by name only', async () => {
    const list = await editor.get('/teilhabe/inbox/caseworkers');
    expect(list.status).toBe(200);
    expect(list.body.data).toEqual([
      { id: other.id, name: 'Test Andere', role: 'Sachbearbeitung (Test)' },
      { id: kita.id, name: 'Test Kita', role: 'Sachbearbeitung (Test)' },
    ]);
    expect(JSON.stringify(list.body)).not.toContain('@');
    expect((await kita.get('/teilhabe/inbox/caseworkers')).status).toBe(403);
  });
});

describe('(#9) reading and handling a submission', () => {
  test('the list has no answers; opening one shows them in German and is logged', async () => {
    const list = await kita.get(`/teilhabe/inbox/forms/${formA}/submissions`);
    expect(list.body.data.total).toBe(3);
    expect(JSON.stringify(list.body)).not.toContain(MARKER);
    const id = await idOf(kita, formA, sent[0]!.reference);
    const before = await cms.strapi.db.query('plugin::teilhabe.submission-access').count({});
    const opened = await kita.get(`/teilhabe/inbox/submissions/${id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.data).toMatchObject({
      reference: sent[0]!.reference,
      locale: 'uk',
      status: 'received',
      answers: [
        { key: 'story', label: 'Was ist passiert?', lines: [`Було так: ${MARKER}`] },
        { key: 'area', label: 'Bereich', lines: ['Wohnen'] },
        { key: 'consent', label: 'Ich stimme zu.', lines: ['Zugestimmt'] },
      ],
      history: [{ status: 'received', label: 'Eingegangen' }],
    });
    const log = (await cms.strapi.db.query('plugin::teilhabe.submission-access').findMany({
      orderBy: { id: 'desc' },
      limit: 1,
    })) as Array<{ user: number; action: string; references: string[] }>;
    expect(await cms.strapi.db.query('plugin::teilhabe.submission-access').count({})).toBe(
      before + 1
    );
    expect(log[0]).toMatchObject({
      user: kita.id,
      action: 'read',
      references: [sent[0]!.reference],
    });
    expect(JSON.stringify(log)).not.toContain(MARKER);
  });

  test('an unknown status is refused in German and changes nothing', async () => {
    const id = await idOf(kita, formA, sent[0]!.reference);
    const refused = await kita.post(`/teilhabe/inbox/submissions/${id}/status`, {
      status: 'genehmigt',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe('Diesen Status hat das Formular nicht.');
    const tooLong = await kita.post(`/teilhabe/inbox/submissions/${id}/status`, {
      status: 'done',
      text: 'x'.repeat(2001),
    });
    expect(tooLong.status).toBe(400);
    const events = await cms.strapi.db
      .query('plugin::teilhabe.submission-event')
      .count({ where: { reference: sent[0]!.reference } });
    expect(events).toBe(1);
  });

  test('a status change reaches the resident in Ukrainian, with the free text', async () => {
    const id = await idOf(kita, formA, sent[0]!.reference);
    const text = `Bitte bringen Sie den Ausweis mit. ${MARKER}`;
    const changed = await kita.post(`/teilhabe/inbox/submissions/${id}/status`, {
      status: 'done',
      text,
    });
    expect(changed.status).toBe(200);
    expect(changed.body.data).toMatchObject({ status: 'done', closedOn: expect.any(String) });
    // Closing the case starts the retention period: 30 days in the fixture.
    const closed = new Date(`${changed.body.data.closedOn}T00:00:00Z`).getTime();
    expect(new Date(`${changed.body.data.deleteAfter}T00:00:00Z`).getTime() - closed).toBe(
      30 * 86_400_000
    );
    const status = await post(cms.strapi, '/status', { ...sent[0], locale: 'de' });
    expect(status.status).toBe(200);
    expect(status.body.status).toBe('done');
    // Looked up from the German page: the texts are Ukrainian, and the reply says so.
    expect(status.body.locale).toBe('uk');
    expect(status.body.history.at(-1)).toMatchObject({
      status: 'done',
      label: 'Виконано',
      message: 'Виконано.',
      text,
    });
    const raw = await cms.strapi.db
      .connection('teilhabe_submission_events')
      .where({ reference: sent[0]!.reference });
    expect(JSON.stringify(raw)).not.toContain(MARKER);
  });

  test('notes are encrypted, shown to the caseworker with the author, never to the resident', async () => {
    const id = await idOf(kita, formA, sent[2]!.reference);
    const empty = await kita.post(`/teilhabe/inbox/submissions/${id}/notes`, { text: '  ' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toMatch(/Notiz darf nicht leer sein/);
    const note = `Rückruf vereinbart ${MARKER}`;
    expect(
      (await kita.post(`/teilhabe/inbox/submissions/${id}/notes`, { text: note })).status
    ).toBe(200);
    const opened = await kita.get(`/teilhabe/inbox/submissions/${id}`);
    expect(opened.body.data.notes).toEqual([
      { author: 'Test Kita', on: expect.any(String), text: note },
    ]);
    const raw = await cms.strapi.db
      .connection('teilhabe_submission_notes')
      .where({ reference: sent[2]!.reference });
    expect(raw).toHaveLength(1);
    expect(JSON.stringify(raw)).not.toContain(MARKER);
    const status = await post(cms.strapi, '/status', { ...sent[2], locale: 'ar' });
    expect(JSON.stringify(status.body)).not.toContain(MARKER);
  });

  test('filters by status and searches by reference', async () => {
    const done = await kita.get(`/teilhabe/inbox/forms/${formA}/submissions?status=done`);
    expect(done.body.data.items.map((item: { reference: string }) => item.reference)).toEqual([
      sent[0]!.reference,
    ]);
    const nothing = await kita.get(`/teilhabe/inbox/forms/${formA}/submissions?q=ZZZZZZ`);
    expect(nothing.body.data.total).toBe(0);
    const bad = await kita.get(`/teilhabe/inbox/forms/${formA}/submissions?page=0`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toBe('Filter oder Seite sind ungültig.');
  });
});

describe('(#9) the export and the access log', () => {
  test('the CSV is UTF-8 with BOM, one line per submission, formulas escaped, logged', async () => {
    const response = await kita.get(`/teilhabe/inbox/forms/${formA}/export`).buffer(true);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="posteingang-a-/);
    const csv = response.text;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'Aktenzeichen;Eingegangen am;Status;Sprache;Was ist passiert?;Bereich;Ich stimme zu.'
    );
    expect(lines).toHaveLength(4);
    expect(csv).toContain(`'=HYPERLINK`);
    expect(csv).not.toMatch(/;"?=HYPERLINK/);
    expect(csv).toContain('حدث ذلك في المكتب');
    for (const { reference } of sent) {
      expect(csv).toContain(reference);
    }
    const log = (await cms.strapi.db.query('plugin::teilhabe.submission-access').findOne({
      where: { action: 'export' },
    })) as { user: number; formId: string; references: string[] };
    expect(log).toMatchObject({ user: kita.id, formId: formA });
    expect([...log.references].sort()).toEqual(sent.map((entry) => entry.reference).sort());
  });

  test('administrators see who read and exported, never what; caseworkers do not see the log', async () => {
    expect((await kita.get('/teilhabe/inbox/access-log')).status).toBe(403);
    const log = await auditor.get('/teilhabe/inbox/access-log');
    expect(log.status).toBe(200);
    const items = log.body.data.items as Array<{
      user: string;
      action: string;
      form: string;
      count: number;
    }>;
    expect(items[0]).toMatchObject({
      user: 'Test Kita',
      action: 'export',
      form: 'Testformular',
      count: 3,
    });
    expect(items.some((item) => item.action === 'read')).toBe(true);
    expect(JSON.stringify(log.body)).not.toContain(MARKER);
    // The auditor reads no submission: the log is all they get.
    expect((await auditor.get('/teilhabe/inbox/forms')).status).toBe(403);
  });
});
