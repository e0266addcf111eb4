import { ensureFormsSecrets, fixtureForm, post } from './support/forms-fixture';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#9) The preview of a form's draft: only a signed preview token from the
 * admin opens it, for its own form, for 30 minutes; what it renders can
 * never be sent; a public render token is no preview token.
 */
let cms: TestStrapi;
let formId: string;
const FORM = 'plugin::teilhabe.form';
const SLUG = 'vorschau-test';

const QUERY = `query Preview($slug: String!, $preview: String) {
  teilhabeForm(slug: $slug, locale: "ar", preview: $preview) { snapshot renderToken state }
}`;

const previewWith = async (token: string | null, slug = SLUG) => {
  const response = await cms.graphql(QUERY, { slug, preview: token });
  expect(response.body.errors).toBeUndefined();
  return response.body.data.teilhabeForm as {
    snapshot: { version: number; slug: string; definition: { steps: unknown[] } };
    renderToken: string;
  } | null;
};

const service = () => cms.strapi.plugin('teilhabe').service('forms');

beforeAll(async () => {
  ensureFormsSecrets();
  process.env.TEILHABE_PORTAL_URL = 'https://portal.test.example';
  cms = await startTestStrapi();
  const created = await cms.strapi.documents(FORM).create({ data: fixtureForm(SLUG) as never });
  formId = created.documentId;
});

afterAll(async () => {
  await cms?.stop();
});

test('the admin’s preview address opens the unpublished draft; without it there is no form', async () => {
  expect(await previewWith(null)).toBeNull();
  const url = new URL((await service().previewUrl(formId)) as string);
  expect(url.origin).toBe('https://portal.test.example');
  expect(url.pathname).toBe(`/de/formulare/${SLUG}`);
  const token = url.searchParams.get('vorschau')!;
  const draft = await previewWith(token);
  expect(draft?.snapshot).toMatchObject({ slug: SLUG, version: 1 });
  // For another slug, or tampered with, the token opens nothing.
  expect(await previewWith(token, 'anderes-formular')).toBeNull();
  expect(await previewWith(`${token.slice(0, -2)}xx`)).toBeNull();
});

test('what a preview renders cannot be sent, also once the form is published', async () => {
  await cms.strapi.documents(FORM).publish({ documentId: formId });
  const token = new URL((await service().previewUrl(formId)) as string).searchParams.get(
    'vorschau'
  )!;
  const draft = (await previewWith(token))!;
  // The draft would become version 2; its render token names none.
  expect(draft.snapshot.version).toBe(2);
  for (const version of [1, 2]) {
    const sent = await post(cms.strapi, `/${SLUG}/submissions`, {
      version,
      locale: 'de',
      answers: { story: 'Vorschau', consent: true },
      renderToken: draft.renderToken,
      idempotencyKey: `vorschau-idempotency-key-${version}`,
    });
    expect(sent.status).toBe(400);
  }
  expect(await cms.strapi.db.query('plugin::teilhabe.submission').count({})).toBe(0);
});

test('a public render token or an expired preview token is no preview', async () => {
  const rendered = await previewWith(null);
  expect(rendered).not.toBeNull();
  expect(await previewWith(rendered!.renderToken)).toBeNull();
  const token = new URL((await service().previewUrl(formId)) as string).searchParams.get(
    'vorschau'
  )!;
  expect(await service().preview(SLUG, token, 'de')).not.toBeNull();
  const later = new Date(Date.now() + 31 * 60 * 1000);
  expect(await service().preview(SLUG, token, 'de', later)).toBeNull();
});
