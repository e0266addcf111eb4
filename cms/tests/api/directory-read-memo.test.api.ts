import { print } from 'graphql';
import { DirectoryDocument } from '@teilhabe/graphql';
import {
  DIRECTORY_DRAFT_MARKER,
  seedDirectoryFixture,
  type DirectoryFixture,
} from './support/directory-fixture';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * The directory reuses the views it built from the same stored rows
 * (`directory/offer-views.ts`). Each test first asks for the same pages
 * several times, so that the views are built and reused, then changes what
 * they show: the next answer must show the change at once, and a draft
 * never, whatever was built before.
 */
let cms: TestStrapi;
let fixture: DirectoryFixture;

const OFFER = 'plugin::teilhabe.offer';
const offers = () => cms.strapi.documents(OFFER);

beforeAll(async () => {
  cms = await startTestStrapi();
  fixture = await seedDirectoryFixture(cms.strapi);
});

afterAll(async () => {
  await cms?.stop();
});

interface ShownOffer {
  documentId: string;
  title: { text: string; locale: string };
  availableLocales: string[];
  provider: { name: string } | null;
}

/** One directory page, asked for three times so that its views are reused; the last answer. */
const page = async (locale = 'de'): Promise<{ text: string; offers: ShownOffer[] }> => {
  let response;
  for (let round = 0; round < 3; round += 1) {
    response = await cms.graphql(print(DirectoryDocument), { locale, pageSize: 50 });
    expect(response.body.errors).toBeUndefined();
  }
  expect(response!.headers['cache-control']).toBe('no-store');
  return { text: response!.text, offers: response!.body.data.teilhabeDirectory.offers };
};

const shown = async (key: 'job' | 'kita', locale = 'de'): Promise<ShownOffer | undefined> =>
  (await page(locale)).offers.find((offer) => offer.documentId === fixture.ids[key]);

describe('reused directory views follow publishing at once', () => {
  test('a published edit shows at once; its draft never does', async () => {
    const before = (await shown('job'))!.title.text;
    await offers().update({
      documentId: fixture.ids.job,
      locale: 'de',
      data: { title: `Kurs ${DIRECTORY_DRAFT_MARKER}` } as never,
    });
    expect((await shown('job'))!.title.text).toBe(before);
    expect((await page()).text).not.toContain(DIRECTORY_DRAFT_MARKER);
    await offers().update({
      documentId: fixture.ids.job,
      locale: 'de',
      data: { title: 'Berufssprachkurs B2 neu' } as never,
    });
    await offers().publish({ documentId: fixture.ids.job, locale: 'de' });
    expect((await shown('job'))!.title.text).toBe('Berufssprachkurs B2 neu');
  });

  test('a published translation shows at once in its locale and in availableLocales', async () => {
    expect((await shown('job', 'ru'))!.title.locale).toBe('de');
    await offers().update({
      documentId: fixture.ids.job,
      locale: 'ru',
      data: { title: 'Профессиональный курс', translationStatus: 'demo_translation' } as never,
    });
    expect((await shown('job', 'ru'))!.title.locale).toBe('de');
    await offers().publish({ documentId: fixture.ids.job, locale: 'ru' });
    const translated = (await shown('job', 'ru'))!;
    expect(translated.title).toEqual({ text: 'Профессиональный курс', locale: 'ru' });
    expect(translated.availableLocales).toContain('ru');
    expect((await shown('job'))!.availableLocales).toContain('ru');
  });

  test('unpublishing removes an offer at once, publishing brings it back', async () => {
    expect(await shown('kita')).toBeDefined();
    await offers().unpublish({ documentId: fixture.ids.kita, locale: '*' });
    expect(await shown('kita')).toBeUndefined();
    await offers().publish({ documentId: fixture.ids.kita, locale: '*' });
    expect(await shown('kita')).toBeDefined();
  });

  test('a renamed provider shows at once', async () => {
    expect((await shown('kita'))!.provider?.name).toBe('Beratungsverein Testhausen');
    await cms.strapi.documents('plugin::teilhabe.provider').update({
      documentId: fixture.providers.caritas,
      data: { name: 'Beratungszentrum Neustadt' } as never,
    });
    expect((await shown('kita'))!.provider?.name).toBe('Beratungszentrum Neustadt');
  });

  test('deleting an offer removes it at once', async () => {
    expect(await shown('kita')).toBeDefined();
    await offers().delete({ documentId: fixture.ids.kita, locale: '*' });
    expect(await shown('kita')).toBeUndefined();
  });
});
