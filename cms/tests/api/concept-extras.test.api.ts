import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { signInInboxPeople, type SignedInAdmin } from './support/admin-users';
import {
  ensureFormsSecrets,
  FIXTURE_DEFINITION,
  post,
  publishForm,
  renderedEarlier,
} from './support/forms-fixture';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#10) The integration concept's extras in a real cms: counts of a
 * statistical field (kept apart from the encrypted submissions, published
 * per ended quarter, counts below 5 and every total that would give them
 * back withheld), moderated comments (only the redacted text is stored and
 * public, nothing unmoderated) and the glossary (published only, de and ar).
 */
let cms: TestStrapi;
let moderator: SignedInAdmin;
let otherCaseworker: SignedInAdmin;
let reportForm: string;
const STATS = 'teilhabe_form_statistics';
const QUARTER_NOW = (() => {
  const [year, month] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Berlin',
    year: 'numeric',
    month: '2-digit',
  })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number];
  return { year, number: Math.ceil(month / 3) };
})();
/** The quarter `back` quarters before the running one, e.g. `2026-Q3`. */
const quarterBefore = (back: number): string => {
  const index = QUARTER_NOW.year * 4 + (QUARTER_NOW.number - 1) - back;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
};

/** The fixture with its area of life counted. */
const STATISTICAL_DEFINITION = {
  ...FIXTURE_DEFINITION,
  steps: FIXTURE_DEFINITION.steps.map((step) => ({
    ...step,
    fields: step.fields.map((field) =>
      field.key === 'area' ? { ...field, statistical: true } : field
    ),
  })),
};

/** A feedback form: a chapter, a text and a required consent to publication. */
const FEEDBACK_DEFINITION = {
  steps: [
    {
      key: 'feedback',
      title: { de: 'Rückmeldung' },
      fields: [
        {
          type: 'singleChoice',
          key: 'chapter',
          label: { de: 'Kapitel' },
          required: true,
          purpose: 'Thema',
          options: [
            { value: 'kinderbetreuung', label: { de: 'Kinderbetreuung' } },
            { value: 'sprachkurse', label: { de: 'Sprachkurse' } },
          ],
        },
        {
          type: 'longText',
          key: 'text',
          label: { de: 'Ihre Rückmeldung' },
          required: true,
          purpose: 'Rückmeldung',
          maxLength: 2000,
        },
        {
          type: 'consent',
          key: 'publish',
          label: { de: 'Veröffentlichen erlaubt' },
          required: true,
          purpose: 'Einwilligung',
        },
      ],
    },
  ],
  statuses: [{ code: 'received', label: { de: 'Eingegangen' }, message: { de: 'Danke.' } }],
  commentPublishing: { textField: 'text', subjectField: 'chapter', consentField: 'publish' },
};

const submit = async (slug: string, answers: Record<string, unknown>, key?: string) => {
  const rendered = await renderedEarlier(cms.strapi, slug);
  return post(cms.strapi, `/${slug}/submissions`, {
    version: rendered.snapshot.version,
    locale: 'de',
    answers,
    renderToken: rendered.renderToken,
    idempotencyKey: key ?? rendered.idempotencyKey,
  });
};

const countsNow = async () =>
  (await cms.strapi.db
    .connection(STATS)
    .select('option_value', 'count')
    .where({ form_id: reportForm, quarter: quarterBefore(0) })
    .orderBy('option_value')) as Array<{ option_value: string; count: number | string }>;

const STATISTICS_QUERY = /* GraphQL */ `
  query ($form: String!, $locale: I18NLocaleCode) {
    teilhabeFormStatistics(form: $form, locale: $locale) {
      form
      threshold
      sampleData
      fields {
        key
        label {
          text
          locale
        }
        options {
          value
          label {
            text
          }
        }
        quarters {
          quarter
          total
          cells {
            option
            count
            fewerThanThreshold
          }
        }
      }
    }
  }
`;

beforeAll(async () => {
  ensureFormsSecrets();
  cms = await startTestStrapi();
  const people = await signInInboxPeople(cms.strapi, 'Konzept');
  moderator = people.kita;
  otherCaseworker = people.other;
  reportForm = await publishForm(cms.strapi, 'meldung-zaehlung', {
    definition: STATISTICAL_DEFINITION,
    anonymous: true,
  });
  await publishForm(cms.strapi, 'konzept-rueckmeldung', {
    definition: FEEDBACK_DEFINITION,
    anonymous: true,
    title: { de: 'Rückmeldung' },
    intro: { de: 'Einleitung' },
    privacyNotice: { de: 'Datenschutz' },
    confirmation: { de: 'Danke' },
    caseworkers: [moderator.id],
  });
});

afterAll(async () => {
  await cms?.stop();
});

describe('(#10) counting a statistical field', () => {
  test('an accepted submission counts its option in the running quarter, with nothing else', async () => {
    expect(
      (await submit('meldung-zaehlung', { story: 'a', area: 'housing', consent: true })).status
    ).toBe(201);
    expect(
      (await submit('meldung-zaehlung', { story: 'b', area: 'housing', consent: true })).status
    ).toBe(201);
    expect(
      (await submit('meldung-zaehlung', { story: 'c', area: 'work', consent: true })).status
    ).toBe(201);
    // Unanswered: nothing is counted.
    expect((await submit('meldung-zaehlung', { story: 'd', consent: true })).status).toBe(201);
    expect((await countsNow()).map((row) => row.option_value)).toEqual(['housing', 'work']);
    expect((await countsNow()).map((row) => Number(row.count))).toEqual([2, 1]);
  });

  test('the counter row has no link to any submission and no time finer than the quarter', async () => {
    const columns = Object.keys(await cms.strapi.db.connection(STATS).columnInfo());
    expect(columns.sort()).toEqual(
      expect.arrayContaining(['form_id', 'field_key', 'option_value', 'quarter', 'count'])
    );
    for (const column of columns) {
      expect(column).not.toMatch(/reference|submission|code|hash|day|submitted/);
    }
    const rows = (await cms.strapi.db.connection(STATS).where({ form_id: reportForm })) as Array<{
      created_at: string | Date;
      updated_at: string | Date;
    }>;
    const [year, number] = [QUARTER_NOW.year, QUARTER_NOW.number];
    const start = Date.UTC(year, (number - 1) * 3, 1);
    for (const row of rows) {
      expect(new Date(row.created_at).getTime()).toBe(start);
      expect(new Date(row.updated_at).getTime()).toBe(start);
    }
  });

  test('the same request twice counts once; a refused one counts nothing', async () => {
    const key = randomBytes(18).toString('base64url');
    const answers = { story: 'e', area: 'work', consent: true };
    expect((await submit('meldung-zaehlung', answers, key)).status).toBe(201);
    expect((await submit('meldung-zaehlung', answers, key)).status).toBe(201);
    const refused = await submit('meldung-zaehlung', { story: '', area: 'work', consent: true });
    expect(refused.status).toBe(400);
    const unknown = await submit('meldung-zaehlung', { story: 'f', area: 'moon', consent: true });
    expect(unknown.status).toBe(400);
    expect((await countsNow()).map((row) => Number(row.count))).toEqual([2, 2]);
  });

  test('withdrawing a report does not lower the count (it would tell its option)', async () => {
    const sent = await submit('meldung-zaehlung', { story: 'g', area: 'housing', consent: true });
    expect((await countsNow()).map((row) => Number(row.count))).toEqual([3, 2]);
    const withdrawn = await post(cms.strapi, '/withdraw', { receipt: sent.body.receipt });
    expect(withdrawn.status).toBe(200);
    expect((await countsNow()).map((row) => Number(row.count))).toEqual([3, 2]);
  });
});

describe('(#10) the published counts', () => {
  beforeAll(async () => {
    // Ended quarters, written as the demo seed writes sample counts.
    await cms.strapi
      .plugin('teilhabe')
      .service('forms-statistics')
      .writeSampleCounts('meldung-zaehlung', 'area', {
        [quarterBefore(3)]: { housing: 5, work: 9 },
        [quarterBefore(2)]: { housing: 7, work: 2 },
        [quarterBefore(1)]: { housing: 1 },
      });
  });

  const statistics = async (locale: string) => {
    const response = await cms.graphql(STATISTICS_QUERY, { form: 'meldung-zaehlung', locale });
    expect(response.body.errors).toBeUndefined();
    return response.body.data.teilhabeFormStatistics;
  };

  test('ended quarters only, oldest first; counts from 5 up, below only "fewer than 5"', async () => {
    const result = await statistics('de');
    expect(result).toMatchObject({ form: 'meldung-zaehlung', threshold: 5, sampleData: true });
    const [field] = result.fields;
    expect(field.key).toBe('area');
    expect(field.quarters.map((quarter: { quarter: string }) => quarter.quarter)).toEqual([
      quarterBefore(3),
      quarterBefore(2),
      quarterBefore(1),
    ]);
    expect(field.quarters[0]).toEqual({
      quarter: quarterBefore(3),
      total: 14,
      cells: [
        { option: 'housing', count: 5, fewerThanThreshold: false },
        { option: 'work', count: 9, fewerThanThreshold: false },
      ],
    });
    expect(field.quarters[1]).toEqual({
      quarter: quarterBefore(2),
      total: null,
      cells: [
        { option: 'housing', count: 7, fewerThanThreshold: false },
        { option: 'work', count: null, fewerThanThreshold: true },
      ],
    });
    // An option nobody chose is "fewer than 5" as well, never 0.
    expect(field.quarters[2].cells).toEqual([
      { option: 'housing', count: null, fewerThanThreshold: true },
      { option: 'work', count: null, fewerThanThreshold: true },
    ]);
    expect(field.quarters[2].total).toBeNull();
  });

  test('no number below 5 appears anywhere, and no total lets one be worked out', async () => {
    const result = await statistics('de');
    const text = JSON.stringify(result);
    expect(text).not.toMatch(/"(count|total)":[0-4][,}]/);
    for (const quarter of result.fields[0].quarters) {
      const shown = quarter.cells.filter((cell: { count: number | null }) => cell.count !== null);
      if (shown.length < quarter.cells.length) {
        expect(quarter.total).toBeNull();
      } else {
        expect(quarter.total).toBe(
          shown.reduce((sum: number, cell: { count: number }) => sum + cell.count, 0)
        );
      }
    }
    // The running quarter (real counts 3 and 2 above) is not published at all.
    expect(text).not.toContain(quarterBefore(0));
  });

  test('labels in Arabic, German where untranslated; the REST route answers the same', async () => {
    const arabic = await statistics('ar');
    expect(arabic.fields[0].label).toEqual({ text: 'المجال', locale: 'ar' });
    expect(
      arabic.fields[0].options.map((option: { label: { text: string } }) => option.label.text)
    ).toEqual(['السكن', 'العمل']);
    const rest = await request(cms.strapi.server.httpServer).get(
      '/api/teilhabe/forms/meldung-zaehlung/statistics?locale=ar'
    );
    expect(rest.status).toBe(200);
    expect(rest.body.fields[0].quarters).toEqual(arabic.fields[0].quarters);
  });

  test('a form without a statistical field, an unknown or a draft form: null', async () => {
    await publishForm(cms.strapi, 'ohne-zaehlung');
    await cms.strapi.documents('plugin::teilhabe.form').create({
      data: { slug: 'nur-entwurf', definition: STATISTICAL_DEFINITION } as never,
    });
    for (const form of ['ohne-zaehlung', 'gibt-es-nicht', 'nur-entwurf', 'NICHT GÜLTIG']) {
      const response = await cms.graphql(STATISTICS_QUERY, { form, locale: 'de' });
      expect(response.body.errors).toBeUndefined();
      expect(response.body.data.teilhabeFormStatistics).toBeNull();
    }
  });
});

describe('(#10) moderated comments', () => {
  const FEEDBACK =
    'Die Kita-Anmeldung sollte online gehen. Ich bin Erika Muster, Tel. 0151 2345678.';
  const REDACTED = 'Die Kita-Anmeldung sollte online gehen.';
  let submissionId = '';
  let withoutConsentForm = '';

  const idOfNewest = async (admin: SignedInAdmin, formId: string) => {
    const list = await admin.get(`/teilhabe/inbox/forms/${formId}/submissions`);
    expect(list.status).toBe(200);
    return (list.body.data.items as Array<{ id: string }>)[0]!.id;
  };

  beforeAll(async () => {
    const sent = await submit('konzept-rueckmeldung', {
      chapter: 'kinderbetreuung',
      text: FEEDBACK,
      publish: true,
    });
    expect(sent.status).toBe(201);
    const forms = await moderator.get('/teilhabe/inbox/forms');
    const formId = (forms.body.data as Array<{ documentId: string; slug: string }>).find(
      (form) => form.slug === 'konzept-rueckmeldung'
    )!.documentId;
    submissionId = await idOfNewest(moderator, formId);
    // A form whose consent was optional when the submission was sent cannot be published from.
    withoutConsentForm = await publishForm(cms.strapi, 'ohne-veroeffentlichung', {
      caseworkers: [moderator.id],
    });
  });

  const comments = async (subject: string) => {
    const response = await cms.graphql(
      'query ($s: String!) { teilhabeComments(subject: $s) { subject text language publishedOn } }',
      { s: subject }
    );
    expect(response.body.errors).toBeUndefined();
    return response.body.data.teilhabeComments as Array<{ text: string }>;
  };

  test('nothing is public before moderation', async () => {
    expect(await comments('kinderbetreuung')).toEqual([]);
    const stored = await cms.strapi.db.query('plugin::teilhabe.comment').count({});
    expect(stored).toBe(0);
  });

  test('the moderator opens the feedback with its text, subject and consent to redact', async () => {
    const opened = await moderator.get(`/teilhabe/inbox/submissions/${submissionId}`);
    expect(opened.status).toBe(200);
    expect(opened.body.data.comment).toEqual({
      text: FEEDBACK,
      subject: 'kinderbetreuung',
      subjects: [
        { value: 'kinderbetreuung', label: 'Kinderbetreuung' },
        { value: 'sprachkurse', label: 'Sprachkurse' },
      ],
      consent: true,
    });
  });

  test('bad input is refused in German and publishes nothing; another caseworker gets "not found"', async () => {
    const path = `/teilhabe/inbox/submissions/${submissionId}/comment`;
    for (const body of [
      { subject: 'kinderbetreuung', text: '', language: 'de' },
      { subject: 'Kinder Betreuung', text: REDACTED, language: 'de' },
      { subject: 'kinderbetreuung', text: REDACTED, language: 'xx' },
      { subject: 'kinderbetreuung', text: 'x'.repeat(3001), language: 'de' },
      { subject: 'kinderbetreuung', text: REDACTED, language: 'de', submission: 'x' },
    ]) {
      const refused = await moderator.post(path, body);
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toMatch(/Bitte Thema/);
    }
    const foreign = await otherCaseworker.post(path, {
      subject: 'kinderbetreuung',
      text: REDACTED,
      language: 'de',
    });
    expect(foreign.status).toBe(404);
    expect(await cms.strapi.db.query('plugin::teilhabe.comment').count({})).toBe(0);
  });

  test('a form without comment publishing cannot publish', async () => {
    expect((await submit('ohne-veroeffentlichung', { story: 's', consent: true })).status).toBe(
      201
    );
    const id = await idOfNewest(moderator, withoutConsentForm);
    const opened = await moderator.get(`/teilhabe/inbox/submissions/${id}`);
    expect(opened.body.data.comment).toBeUndefined();
    const refused = await moderator.post(`/teilhabe/inbox/submissions/${id}/comment`, {
      subject: 'kinderbetreuung',
      text: 'x',
      language: 'de',
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/nicht als Kommentar/);
  });

  test('publishing stores and shows the redacted text only, with no link to the submission', async () => {
    const published = await moderator.post(`/teilhabe/inbox/submissions/${submissionId}/comment`, {
      subject: 'kinderbetreuung',
      text: REDACTED,
      language: 'de',
    });
    expect(published.status).toBe(200);
    const shown = await comments('kinderbetreuung');
    expect(shown).toEqual([
      {
        subject: 'kinderbetreuung',
        text: REDACTED,
        language: 'de',
        publishedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      },
    ]);
    expect(await comments('sprachkurse')).toEqual([]);
    const rows = (await cms.strapi.db.connection('teilhabe_comments')) as Array<
      Record<string, unknown>
    >;
    const stored = JSON.stringify(rows);
    expect(stored).toContain(REDACTED);
    expect(stored).not.toContain('Erika');
    expect(stored).not.toContain('0151');
    const submission = (await cms.strapi.db
      .query('plugin::teilhabe.submission')
      .findOne({ where: { documentId: submissionId } })) as { reference: string };
    expect(stored).not.toContain(submission.reference);
    expect(Object.keys(rows[0]!).some((column) => /submission|reference|form/.test(column))).toBe(
      false
    );
    // The submission notes that it was published (internal, encrypted).
    const opened = await moderator.get(`/teilhabe/inbox/submissions/${submissionId}`);
    expect(opened.body.data.notes.map((note: { text: string }) => note.text)).toEqual([
      'Als Kommentar veröffentlicht (bearbeiteter Text).',
    ]);
  });

  test('an editor who unpublishes a comment takes it off the portal', async () => {
    const [row] = (await cms.strapi
      .documents('plugin::teilhabe.comment')
      .findMany({ status: 'published' })) as Array<{ documentId: string }>;
    await cms.strapi
      .documents('plugin::teilhabe.comment')
      .unpublish({ documentId: row!.documentId });
    expect(await comments('kinderbetreuung')).toEqual([]);
  });
});

describe('(#10) the glossary', () => {
  beforeAll(async () => {
    const terms = cms.strapi.documents('plugin::teilhabe.glossary-term');
    const term = await terms.create({
      locale: 'de',
      data: {
        slug: 'integrationskurs',
        term: 'Integrationskurs',
        definition: 'Sprachkurs und Orientierungskurs.',
        translationStatus: 'source',
      },
    });
    await terms.update({
      documentId: term.documentId,
      locale: 'ar',
      data: {
        slug: 'integrationskurs',
        term: 'دورة الاندماج',
        definition: 'دورة لغة ودورة توجيهية.',
        translationStatus: 'demo_translation',
      },
    });
    await terms.publish({ documentId: term.documentId, locale: '*' });
    await terms.create({
      locale: 'de',
      data: {
        slug: 'entwurf',
        term: 'Nur Entwurf',
        definition: 'Geheim',
        translationStatus: 'source',
      },
    });
  });

  test('published terms in German and Arabic; drafts never', async () => {
    const query = (locale: string) =>
      cms.graphql(
        `{ teilhabeGlossaryTerms(locale: "${locale}", sort: ["term:asc"]) { slug term definition translationStatus } }`
      );
    const german = await query('de');
    expect(german.body.data.teilhabeGlossaryTerms).toEqual([
      {
        slug: 'integrationskurs',
        term: 'Integrationskurs',
        definition: 'Sprachkurs und Orientierungskurs.',
        translationStatus: 'source',
      },
    ]);
    const arabic = await query('ar');
    expect(arabic.body.data.teilhabeGlossaryTerms).toEqual([
      {
        slug: 'integrationskurs',
        term: 'دورة الاندماج',
        definition: 'دورة لغة ودورة توجيهية.',
        translationStatus: 'demo_translation',
      },
    ]);
    const drafts = await cms.graphql(
      '{ teilhabeGlossaryTerms(locale: "de", status: DRAFT) { term } }'
    );
    expect(JSON.stringify(drafts.body)).not.toContain('Nur Entwurf');
  });
});
