import { print } from 'graphql';
import { OfferBySlugDocument } from '@teilhabe/graphql';
import { createAdminRole, signInNewAdmin, type SignedInAdmin } from './support/admin-users';
import { seedDirectoryFixture, type DirectoryFixture } from './support/directory-fixture';
import { ensureFormsSecrets, fixtureForm, publishForm } from './support/forms-fixture';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#9) An offer links to its registration form: editors choose the form by
 * its German title in the admin, the offer's public read model names the
 * form's slug, and a value that is no slug is refused before it is stored.
 */
let cms: TestStrapi;
let fixture: DirectoryFixture;
let editor: SignedInAdmin;

const OFFER = 'plugin::teilhabe.offer';
const FORM = 'plugin::teilhabe.form';

beforeAll(async () => {
  ensureFormsSecrets();
  cms = await startTestStrapi();
  fixture = await seedDirectoryFixture(cms.strapi);
  await publishForm(cms.strapi, 'kita-anmeldung-test', {
    title: { de: 'Kita-Platz anmelden (Test)', ar: 'التسجيل في روضة الأطفال' },
  });
  await cms.strapi.documents(FORM).create({
    data: fixtureForm('entwurf-ohne-fassung', { title: { de: 'Ein Entwurf' } }) as never,
  });
  const editors = await createAdminRole(cms.strapi, 'Redaktion Angebote (Test)', [
    ['plugin::content-manager.explorer.update', OFFER],
  ]);
  editor = await signInNewAdmin(cms.strapi, editors, 'Angebote');
});

afterAll(async () => {
  await cms?.stop();
});

describe('(#9) an offer’s registration form', () => {
  test('the admin’s form choice lists every form by German title, drafts marked', async () => {
    expect((await cms.get('/teilhabe/forms/choices')).status).toBe(401);
    const response = await editor.get('/teilhabe/forms/choices');
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.data).toEqual([
      { slug: 'entwurf-ohne-fassung', title: 'Ein Entwurf', published: false },
      { slug: 'kita-anmeldung-test', title: 'Kita-Platz anmelden (Test)', published: true },
    ]);
  });

  test('the published offer names its form in every locale; without one it names none', async () => {
    const documentId = fixture.ids.kita;
    await cms.strapi.documents(OFFER).update({
      documentId,
      locale: 'de',
      data: { registrationForm: 'kita-anmeldung-test' } as never,
    });
    const slugOf = async (locale: string, slug: string) => {
      const response = await cms.graphql(print(OfferBySlugDocument), { locale, slug });
      expect(response.body.errors).toBeUndefined();
      return response.body.data.teilhabeOfferBySlug.offer.registrationFormSlug as string | null;
    };
    // Only the draft changed: the public still sees the published offer.
    expect(await slugOf('de', 'kita-arpke')).toBeNull();
    await cms.strapi.documents(OFFER).publish({ documentId, locale: '*' });
    expect(await slugOf('de', 'kita-arpke')).toBe('kita-anmeldung-test');
    expect(await slugOf('ar', 'kita-arpke')).toBe('kita-anmeldung-test');
    expect(await slugOf('de', 'integrationskurs-kernstadt')).toBeNull();
  });

  test('a value that is no slug is refused and nothing is stored', async () => {
    const before = await cms.strapi
      .documents(OFFER)
      .findOne({ documentId: fixture.ids.general, locale: 'de' });
    await expect(
      cms.strapi.documents(OFFER).update({
        documentId: fixture.ids.general,
        locale: 'de',
        data: { registrationForm: '../Formular <b>' } as never,
      })
    ).rejects.toMatchObject({ details: { errors: [{ path: ['registrationForm'] }] } });
    const after = await cms.strapi
      .documents(OFFER)
      .findOne({ documentId: fixture.ids.general, locale: 'de' });
    expect((after as { registrationForm?: string | null }).registrationForm ?? null).toBeNull();
    expect(after?.updatedAt).toEqual(before?.updatedAt);
  });
});
