import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import request from 'supertest';

const FORM = 'plugin::teilhabe.form';

/** A text in German, English, Arabic and Ukrainian. */
const text = (de: string, en: string, ar: string, uk: string) => ({ de, en, ar, uk });

/** A small complete definition: a name, an area of life, a consent, two statuses. */
export const FIXTURE_DEFINITION = {
  steps: [
    {
      key: 'about',
      title: text('Angaben', 'Details', 'البيانات', 'Дані'),
      fields: [
        {
          type: 'shortText',
          key: 'story',
          label: text('Was ist passiert?', 'What happened?', 'ماذا حدث؟', 'Що сталося?'),
          required: true,
          purpose: 'Bearbeitung des Anliegens',
          maxLength: 500,
        },
        {
          type: 'singleChoice',
          key: 'area',
          label: text('Bereich', 'Area', 'المجال', 'Сфера'),
          required: false,
          purpose: 'Zuordnung',
          options: [
            { value: 'housing', label: text('Wohnen', 'Housing', 'السكن', 'Житло') },
            { value: 'work', label: text('Arbeit', 'Work', 'العمل', 'Робота') },
          ],
        },
        {
          type: 'consent',
          key: 'consent',
          label: text('Ich stimme zu.', 'I agree.', 'أوافق.', 'Я погоджуюсь.'),
          required: true,
          purpose: 'Einwilligung',
        },
      ],
    },
  ],
  statuses: [
    {
      code: 'received',
      label: text('Eingegangen', 'Received', 'تم الاستلام', 'Отримано'),
      message: text(
        'Wir haben Ihren Antrag erhalten.',
        'We have received your submission.',
        'لقد استلمنا طلبك.',
        'Ми отримали вашу заявку.'
      ),
    },
    {
      code: 'done',
      label: text('Erledigt', 'Done', 'تم', 'Виконано'),
      message: text('Erledigt.', 'Done.', 'تم.', 'Виконано.'),
      closesCase: true,
    },
  ],
};

/** The form's own fields, complete and publishable. */
export const fixtureForm = (slug: string, overrides: Record<string, unknown> = {}) => ({
  slug,
  title: text('Testformular', 'Test form', 'نموذج اختبار', 'Тестова форма'),
  intro: text('Eine Einleitung.', 'An introduction.', 'مقدمة.', 'Вступ.'),
  privacyNotice: text('Datenschutz.', 'Privacy.', 'الخصوصية.', 'Конфіденційність.'),
  confirmation: text('Danke.', 'Thank you.', 'شكرا.', 'Дякуємо.'),
  definition: FIXTURE_DEFINITION,
  anonymous: false,
  specialCategoryData: false,
  legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO',
  retentionDays: 30,
  opensAt: null,
  closesAt: null,
  submissionLimit: null,
  allowUploadsWhenAnonymous: false,
  ...overrides,
});

/**
 * Creates and publishes a form.
 * @returns its document id
 */
export const publishForm = async (
  strapi: Core.Strapi,
  slug: string,
  overrides: Record<string, unknown> = {}
): Promise<string> => {
  const created = await strapi
    .documents(FORM)
    .create({ data: fixtureForm(slug, overrides) as never });
  await strapi.documents(FORM).publish({ documentId: created.documentId });
  return created.documentId;
};

interface RenderedForm {
  snapshot: { version: number; formId: string };
  renderToken: string;
  idempotencyKey: string;
  state: string;
}

/**
 * Renders a form as if ten seconds ago, so that its token passes the
 * minimum fill time without the test waiting.
 */
export const renderedEarlier = async (strapi: Core.Strapi, slug: string): Promise<RenderedForm> =>
  (await strapi
    .plugin('teilhabe')
    .service('forms')
    .render(slug, 'de', new Date(Date.now() - 10_000))) as RenderedForm;

/** POSTs JSON to a forms route from a client address. */
export const post = (
  strapi: Core.Strapi,
  path: string,
  body: unknown,
  address = '203.0.113.7'
): request.Test =>
  request(strapi.server.httpServer)
    .post(`/api/teilhabe/forms${path}`)
    .set('content-type', 'application/json')
    .set('x-forwarded-for', address)
    .send(body as object);

/** The tables of the internal forms types whose rows the tests count. */
const COUNTED_TABLES = [
  'teilhabe_submissions',
  'teilhabe_submission_events',
  'teilhabe_submission_files',
  'teilhabe_form_versions',
] as const;

/** How many rows of each internal forms type exist. */
export const countRows = async (
  strapi: Core.Strapi
): Promise<Record<(typeof COUNTED_TABLES)[number], number>> => {
  const result = Object.fromEntries(COUNTED_TABLES.map((table) => [table, 0])) as Record<
    (typeof COUNTED_TABLES)[number],
    number
  >;
  for (const table of COUNTED_TABLES) {
    const [row] = (await strapi.db.connection(table).count({ n: '*' })) as Array<{
      n: number | string;
    }>;
    result[table] = Number(row?.n ?? 0);
  }
  return result;
};

/** Environment the forms need: keys and HMAC secret (fresh per run). */
export const ensureFormsSecrets = (): void => {
  process.env.TEILHABE_FORMS_KEYS ??= `k1:${randomBytes(32).toString('base64')}`;
  process.env.TEILHABE_FORMS_ACTIVE_KEY ??= 'k1';
  process.env.TEILHABE_FORMS_HMAC_SECRET ??= randomBytes(32).toString('base64');
};

/** A file question: PDF, JPEG or PNG up to 64 KB, at most two. */
export const LETTER_FIELD = {
  type: 'file',
  key: 'letter',
  label: text('Brief', 'Letter', 'رسالة', 'Лист'),
  required: false,
  purpose: 'Unterlagen zum Anliegen',
  accept: ['application/pdf', 'image/jpeg', 'image/png'],
  maxBytes: 64 * 1024,
  maxFiles: 2,
};

/** A file question that takes one small PNG only (4 KB). */
export const PHOTO_FIELD = {
  type: 'file',
  key: 'photo',
  label: text('Foto', 'Photo', 'صورة', 'Фото'),
  required: false,
  purpose: 'Nachweis',
  accept: ['image/png'],
  maxBytes: 4 * 1024,
  maxFiles: 1,
};

/** The fixture's definition with the file questions above on its step. */
export const DEFINITION_WITH_FILES = {
  ...FIXTURE_DEFINITION,
  steps: FIXTURE_DEFINITION.steps.map((step) => ({
    ...step,
    fields: [...step.fields, LETTER_FIELD, PHOTO_FIELD],
  })),
};
