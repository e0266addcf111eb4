import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { signInInboxPeople, type SignedInAdmin } from './support/admin-users';
import { databaseBytes, markerForms } from './support/database-bytes';
import {
  countRows,
  DEFINITION_WITH_FILES,
  ensureFormsSecrets,
  post,
  publishForm,
  renderedEarlier,
} from './support/forms-fixture';
import { pdfFile, pngFile, upload, type UploadedFile } from './support/sample-files';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#9) File uploads end to end on a real database: the upload route judges a
 * file by its content, keeps to the field's types and size, refuses anonymous
 * forms unless they allow uploads, stores nothing on refusal and nothing
 * readable at all; a submission takes up its files once, only its own form's
 * and field's; the assigned caseworker downloads them (recorded), nobody
 * else; withdrawal and retention delete them, and unused uploads expire.
 */
let cms: TestStrapi;
let kita: SignedInAdmin;
let other: SignedInAdmin;
let editor: SignedInAdmin;
let auditor: SignedInAdmin;
let formA: string;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const MARKER = `Dateimarker${randomBytes(6).toString('hex')}`;

beforeAll(async () => {
  ensureFormsSecrets();
  cms = await startTestStrapi();
  ({ kita, other, editor, auditor } = await signInInboxPeople(cms.strapi, 'Dateien'));
  const withFiles = { definition: DEFINITION_WITH_FILES };
  formA = await publishForm(cms.strapi, 'dateien', { ...withFiles, caseworkers: [kita.id] });
  await publishForm(cms.strapi, 'dateien-b', { ...withFiles, caseworkers: [other.id] });
  // Publishing refuses an anonymous form with file questions and uploads off; the
  // upload route guards itself all the same, as a version frozen earlier shows.
  const without = await publishForm(cms.strapi, 'anonym-ohne', {
    ...withFiles,
    anonymous: true,
    allowUploadsWhenAnonymous: true,
  });
  const frozen = (await cms.strapi.db
    .query('plugin::teilhabe.form-version')
    .findOne({ where: { form: without } })) as { id: number; snapshot: { settings: object } };
  await cms.strapi.db.query('plugin::teilhabe.form-version').update({
    where: { id: frozen.id },
    data: {
      snapshot: {
        ...frozen.snapshot,
        settings: { ...frozen.snapshot.settings, allowUploadsWhenAnonymous: false },
      },
    },
  });
  await publishForm(cms.strapi, 'anonym-mit', {
    ...withFiles,
    anonymous: true,
    allowUploadsWhenAnonymous: true,
    retentionDays: 2,
  });
});

afterAll(async () => {
  await cms?.stop();
});

const PNG: UploadedFile = { data: pngFile(), name: 'foto.png', type: 'image/png' };
const pdf = (text = 'Bescheid'): UploadedFile => ({
  data: pdfFile(text),
  name: 'bescheid.pdf',
  type: 'application/pdf',
});

/** Uploads a file to a field of a freshly rendered form. */
const send = async (slug: string, field: string, file: UploadedFile, locale = 'de') => {
  const rendered = await renderedEarlier(cms.strapi, slug);
  return upload(cms.strapi, slug, { field, locale, renderToken: rendered.renderToken }, file);
};

/** Uploads and expects it stored; returns the token. */
const stored = async (slug: string, field: string, file: UploadedFile): Promise<string> => {
  const response = await send(slug, field, file);
  expect(response.status).toBe(201);
  return response.body.fileToken as string;
};

/** Sends a submission with file answers. */
const submit = async (slug: string, files: Record<string, string[]>, locale = 'de') => {
  const rendered = await renderedEarlier(cms.strapi, slug);
  return post(cms.strapi, `/${slug}/submissions`, {
    version: rendered.snapshot.version,
    locale,
    answers: { story: 'Ein Brief vom Amt', consent: true, ...files },
    renderToken: rendered.renderToken,
    idempotencyKey: rendered.idempotencyKey,
  });
};

/** Expects a refusal that changed nothing; returns the response. */
const refusedUpload = async (status: number, work: () => Promise<request.Response>) => {
  const before = await countRows(cms.strapi);
  const response = await work();
  expect(response.status).toBe(status);
  expect(response.headers['cache-control']).toBe('no-store');
  expect(await countRows(cms.strapi)).toEqual(before);
  return response;
};

const fileRows = () =>
  cms.strapi.db.connection('teilhabe_submission_files').select('*') as Promise<
    Array<Record<string, unknown>>
  >;

describe('(#9) the upload route', () => {
  test('a PNG is stored encrypted and answered with a token, its size and type', async () => {
    const before = (await countRows(cms.strapi)).teilhabe_submission_files;
    const response = await send('dateien', 'photo', PNG);
    expect(response.status).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({
      fileToken: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/),
      name: 'foto.png',
      size: PNG.data.length,
      type: 'image/png',
    });
    expect((await countRows(cms.strapi)).teilhabe_submission_files).toBe(before + 1);
    const rows = await fileRows();
    const row = rows.at(-1)!;
    expect(row.mime).toBe('image/png');
    // Neither the token nor the content is stored as sent.
    expect(JSON.stringify(rows)).not.toContain(response.body.fileToken);
    expect(String(row.ciphertext)).not.toContain(PNG.data.toString('base64').slice(0, 20));
  });

  test('a PDF named .png and declared image/png is judged by its content', async () => {
    const disguised = { ...pdf(), name: 'scan.png', type: 'image/png' };
    const response = await send('dateien', 'letter', disguised);
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ type: 'application/pdf', name: 'scan.png' });
    // Where only PNG is accepted, the same file is refused for what it is.
    const refused = await refusedUpload(415, () => send('dateien', 'photo', disguised, 'ar'));
    expect(refused.body.error.details.code).toBe('FILE_TYPE');
    expect(refused.body.error.details.errors).toEqual([
      { path: ['photo'], code: 'fileType', message: 'يجب أن يكون الملف في «صورة» بصيغة PNG' },
    ]);
  });

  test('a text file without the PDF signature is refused, named .pdf or not', async () => {
    const text = {
      data: Buffer.from('Sehr geehrte Damen und Herren,\nanbei mein Antrag.\n'),
      name: 'antrag.pdf',
      type: 'application/pdf',
    };
    const response = await refusedUpload(415, () => send('dateien', 'letter', text));
    expect(response.body.error.message).toBe('Diese Art von Datei kann nicht angenommen werden.');
    expect(response.body.error.details.errors[0].message).toBe(
      'Die Datei bei „Brief“ muss ein PDF, JPEG oder PNG sein'
    );
  });

  test('a file over its field’s limit is refused while it is read, in the resident’s language', async () => {
    const large = { data: pngFile(5000), name: 'gross.png', type: 'image/png' };
    expect(large.data.length).toBeGreaterThan(4096);
    const response = await refusedUpload(413, () => send('dateien', 'photo', large, 'uk'));
    expect(response.body.error.details).toMatchObject({
      code: 'FILE_TOO_LARGE',
      errors: [
        { path: ['photo'], message: 'Розмір файлу в полі «Фото» має бути не більше ніж 4 кБ' },
      ],
    });
  });

  test('a body over the largest file any field takes is refused before it is read', async () => {
    const rendered = await renderedEarlier(cms.strapi, 'dateien');
    const huge = {
      data: Buffer.alloc(10 * 1024 * 1024 + 64 * 1024, 1),
      name: 'x.pdf',
      type: 'application/pdf',
    };
    const response = await refusedUpload(413, () =>
      upload(
        cms.strapi,
        'dateien',
        { field: 'letter', locale: 'de', renderToken: rendered.renderToken },
        huge
      ).set('accept-language', 'tr')
    );
    expect(response.body.error).toMatchObject({
      details: { code: 'PAYLOAD_TOO_LARGE' },
      message: 'Gönderilen bilgiler çok büyük.',
    });
  });

  test('an anonymous form takes no files unless it allows them', async () => {
    const off = await refusedUpload(403, () => send('anonym-ohne', 'letter', pdf(), 'en'));
    expect(off.body.error.details).toMatchObject({
      code: 'UPLOADS_OFF',
      errors: [{ path: ['letter'], code: 'uploadsOff' }],
    });
    expect(off.body.error.details.errors[0].message).toContain('“Letter”');
    expect((await send('anonym-mit', 'letter', pdf())).status).toBe(201);
  });

  test('an unknown field, a text field, another form’s token or a malformed body store nothing', async () => {
    expect(
      (await refusedUpload(400, () => send('dateien', 'nothere', PNG))).body.error.details.code
    ).toBe('VALIDATION');
    await refusedUpload(400, () => send('dateien', 'story', PNG));
    const foreign = await renderedEarlier(cms.strapi, 'dateien-b');
    await refusedUpload(400, () =>
      upload(
        cms.strapi,
        'dateien',
        { field: 'photo', locale: 'de', renderToken: foreign.renderToken },
        PNG
      )
    );
    const someToken = (await renderedEarlier(cms.strapi, 'dateien')).renderToken;
    await refusedUpload(404, () =>
      upload(
        cms.strapi,
        'gibt-es-nicht',
        { field: 'photo', locale: 'de', renderToken: someToken },
        PNG
      )
    );
    // The file before the text parts: its limit is unknown, so it is refused.
    const rendered = await renderedEarlier(cms.strapi, 'dateien');
    await refusedUpload(400, () =>
      request(cms.strapi.server.httpServer)
        .post('/api/teilhabe/forms/dateien/files')
        .attach('file', PNG.data, { filename: 'a.png', contentType: 'image/png' })
        .field('field', 'photo')
        .field('locale', 'de')
        .field('renderToken', rendered.renderToken)
    );
    await refusedUpload(400, () =>
      request(cms.strapi.server.httpServer)
        .post('/api/teilhabe/forms/dateien/files')
        .set('content-type', 'application/json')
        .send({ field: 'photo' })
    );
  });
});

describe('(#9) files in a submission', () => {
  test('a token of another field or form is refused; a submission takes up its own once', async () => {
    const photo = await stored('dateien', 'photo', PNG);
    const foreign = await stored('dateien-b', 'letter', pdf());
    const before = await countRows(cms.strapi);
    const wrongField = await submit('dateien', { letter: [photo] }, 'ar');
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.error.details.errors).toEqual([
      expect.objectContaining({
        path: ['letter'],
        code: 'fileToken',
        message: expect.stringContaining('«رسالة»'),
      }),
    ]);
    const wrongForm = await submit('dateien', { letter: [foreign] });
    expect(wrongForm.status).toBe(400);
    expect(wrongForm.body.error.details.errors[0]).toMatchObject({
      path: ['letter'],
      code: 'fileToken',
    });
    const unknown = await submit('dateien', { photo: [randomBytes(24).toString('base64url')] });
    expect(unknown.status).toBe(400);
    expect(await countRows(cms.strapi)).toEqual(before);

    const ok = await submit('dateien', { photo: [photo] });
    expect(ok.status).toBe(201);
    const linked = (await fileRows()).filter((row) => row.reference === ok.body.reference);
    expect(linked).toHaveLength(1);
    expect(linked[0]).toMatchObject({ field: 'photo', expires_at: null });

    const again = await submit('dateien', { photo: [photo] });
    expect(again.status).toBe(400);
    expect(again.body.error.details.errors[0]).toMatchObject({
      path: ['photo'],
      code: 'fileToken',
    });
  });

  test('more files than the field takes are refused', async () => {
    const tokens = [
      await stored('dateien', 'letter', pdf('eins')),
      await stored('dateien', 'letter', pdf('zwei')),
      await stored('dateien', 'letter', pdf('drei')),
    ];
    const response = await submit('dateien', { letter: tokens });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors[0]).toMatchObject({
      path: ['letter'],
      code: 'fileCount',
    });
  });

  test('the uploaded file’s content is nowhere readable in the database', async () => {
    const token = await stored('dateien', 'letter', pdf(MARKER));
    expect((await submit('dateien', { letter: [token] })).status).toBe(201);
    const dump = databaseBytes(cms.database);
    expect(dump.length).toBeGreaterThan(0);
    for (const form of markerForms(MARKER)) {
      expect(dump.includes(form)).toBe(false);
    }
  });
});

describe('(#9) caseworkers and files', () => {
  let fileId: string;
  let reference: string;
  const letter = pdf(`Inbox ${randomBytes(3).toString('hex')}`);

  beforeAll(async () => {
    const token = await stored('dateien', 'letter', { ...letter, name: 'Mietvertrag März.pdf' });
    const sent = await submit('dateien', { letter: [token] });
    expect(sent.status).toBe(201);
    reference = sent.body.reference;
    const list = await kita.get(`/teilhabe/inbox/forms/${formA}/submissions?q=${reference}`);
    const opened = await kita.get(`/teilhabe/inbox/submissions/${list.body.data.items[0].id}`);
    expect(opened.status).toBe(200);
    expect(opened.body.data.files).toEqual([
      {
        id: expect.any(String),
        field: 'Brief',
        type: 'application/pdf',
        size: letter.data.length,
        name: 'Mietvertrag März.pdf',
      },
    ]);
    fileId = opened.body.data.files[0].id;
    // The answers (and the CSV export) say that files came, not what they hold.
    expect(opened.body.data.answers).toContainEqual({
      key: 'letter',
      label: 'Brief',
      lines: ['1 Datei (unter „Dateien“)'],
    });
  });

  test('the assigned caseworker downloads the file as it was sent, and it is recorded', async () => {
    const response = await kita
      .get(`/teilhabe/inbox/files/${fileId}`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(response.status).toBe(200);
    expect(Buffer.compare(response.body as Buffer, letter.data)).toBe(0);
    expect(response.headers).toMatchObject({
      'content-type': 'application/pdf',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="Mietvertrag Marz.pdf"; /
    );
    expect(response.headers['content-disposition']).toContain(
      "filename*=UTF-8''Mietvertrag%20M%C3%A4rz.pdf"
    );
    const log = await auditor.get('/teilhabe/inbox/access-log');
    expect(log.body.data.items[0]).toMatchObject({
      action: 'download',
      reference,
      user: 'Test Kita',
    });
  });

  test('another caseworker, an editor, an unused upload or another form’s file: refused', async () => {
    const logged = (await auditor.get('/teilhabe/inbox/access-log')).body.data.total;
    expect((await other.get(`/teilhabe/inbox/files/${fileId}`)).status).toBe(404);
    expect((await editor.get(`/teilhabe/inbox/files/${fileId}`)).status).toBe(403);
    expect(
      (await request(cms.strapi.server.httpServer).get(`/teilhabe/inbox/files/${fileId}`)).status
    ).toBe(401);
    await stored('dateien', 'letter', pdf('unbenutzt'));
    const orphan = (await fileRows()).find((row) => row.reference === null)!;
    expect((await kita.get(`/teilhabe/inbox/files/${String(orphan.document_id)}`)).status).toBe(
      404
    );
    const token = await stored('dateien-b', 'letter', pdf('formular b'));
    const theirs = await submit('dateien-b', { letter: [token] });
    const theirFile = (await fileRows()).find((row) => row.reference === theirs.body.reference)!;
    const foreign = await kita.get(`/teilhabe/inbox/files/${String(theirFile.document_id)}`);
    expect(foreign.status).toBe(404);
    expect(foreign.body.error.message).toMatch(/nicht zugeordnet/);
    expect((await other.get(`/teilhabe/inbox/files/${String(theirFile.document_id)}`)).status).toBe(
      200
    );
    // Only the two downloads that happened are recorded.
    expect((await auditor.get('/teilhabe/inbox/access-log')).body.data.total).toBe(logged + 1);
  });
});

describe('(#9) deleting files', () => {
  test('withdrawing a submission deletes its files', async () => {
    const token = await stored('dateien', 'letter', pdf('zurueckgezogen'));
    const sent = await submit('dateien', { letter: [token] });
    expect(sent.status).toBe(201);
    expect((await fileRows()).some((row) => row.reference === sent.body.reference)).toBe(true);
    const withdrawn = await post(cms.strapi, '/withdraw', sent.body);
    expect(withdrawn.status).toBe(200);
    expect((await fileRows()).some((row) => row.reference === sent.body.reference)).toBe(false);
  });

  test('retention deletes a submission’s files with it, and unused uploads after 24 hours', async () => {
    const retention = (now: Date) =>
      cms.strapi.plugin('teilhabe').service('forms-retention').run(now) as Promise<{
        submissions: number;
        files: number;
      }>;
    // Whatever earlier tests left unused expires first.
    await retention(new Date(Date.now() + 2 * DAY));
    const token = await stored('anonym-mit', 'letter', pdf('anonym'));
    const sent = await submit('anonym-mit', { letter: [token] });
    expect(sent.status).toBe(201);
    const orphanToken = await stored('dateien', 'photo', PNG);
    const files = async () => (await countRows(cms.strapi)).teilhabe_submission_files;
    const before = await files();

    expect(await retention(new Date(Date.now() + 23 * HOUR))).toMatchObject({ files: 0 });
    expect(await files()).toBe(before);
    expect(await retention(new Date(Date.now() + 25 * HOUR))).toMatchObject({ files: 1 });
    expect(await files()).toBe(before - 1);
    // An expired upload can no longer be taken up.
    expect((await submit('dateien', { photo: [orphanToken] })).status).toBe(400);

    const anonymous = await retention(new Date(Date.now() + 3 * DAY));
    expect(anonymous.submissions).toBeGreaterThanOrEqual(1);
    expect(await files()).toBe(before - 2);
  });
});
