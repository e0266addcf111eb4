import { print } from 'graphql';
import {
  HomePageDocument,
  PageBySlugDocument,
  SiteFrameDocument,
  SitemapPagesDocument,
  type SitemapPagesQuery,
} from '@teilhabe/graphql';
import { LOCALE_CODES } from '@teilhabe/locales';
import { demoDataDir, loadDemoContent } from '../../src/demo/load';
import { seedDemo } from '../../src/demo/seed';
import { CMS_DIR, startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * The portal's operations, run as the public role against a real Strapi with
 * the demo content: what the portal sends is what the server answers.
 */
let cms: TestStrapi;

const { lifeSituations, pages, siteSetting } = loadDemoContent(demoDataDir(CMS_DIR));

beforeAll(async () => {
  cms = await startTestStrapi();
  await seedDemo(cms.strapi);
});

afterAll(async () => {
  await cms?.stop();
});

describe.each(LOCALE_CODES)('in %s', (locale) => {
  test('HomePage lists the six life situations in order with their texts', async () => {
    const response = await cms.graphql(print(HomePageDocument), { locale });
    expect(response.body.errors).toBeUndefined();
    const { teilhabeSiteSetting, teilhabeLifeSituations } = response.body.data;
    expect(teilhabeSiteSetting.welcomeHeading).toBe(siteSetting.texts[locale].welcomeHeading);
    expect(
      teilhabeLifeSituations.map((entry: { code: string; title: string; locale: string }) => [
        entry.code,
        entry.title,
        entry.locale,
      ])
    ).toEqual(lifeSituations.map((entry) => [entry.code, entry.texts[locale].title, locale]));
  });

  test('SiteFrame has the city name and the four footer pages', async () => {
    const response = await cms.graphql(print(SiteFrameDocument), { locale });
    expect(response.body.errors).toBeUndefined();
    const { teilhabeSiteSetting, teilhabePages } = response.body.data;
    expect(teilhabeSiteSetting.cityName).toBe(siteSetting.texts[locale].cityName);
    expect(teilhabeSiteSetting.isSampleContent).toBe(true);
    expect(teilhabePages.map((page: { role: string }) => page.role).sort()).toEqual([
      'accessibility',
      'easy_language',
      'imprint',
      'privacy',
    ]);
  });

  test('SitemapPages pages through every page of the locale, each once', async () => {
    const found: NonNullable<SitemapPagesQuery['teilhabePages_connection']>['nodes'] = [];
    for (let page = 1; ; page += 1) {
      const response = await cms.graphql(print(SitemapPagesDocument), {
        locale,
        page,
        pageSize: 3,
      });
      expect(response.body.errors).toBeUndefined();
      const list: SitemapPagesQuery['teilhabePages_connection'] =
        response.body.data.teilhabePages_connection;
      found.push(...(list?.nodes ?? []));
      if (page >= (list?.pageInfo.pageCount ?? 0)) {
        break;
      }
    }
    expect(found.map((page) => page.slug).sort()).toEqual(pages.map((page) => page.slug).sort());
    expect(new Set(found.map((page) => page.documentId)).size).toBe(pages.length);
  });

  test('PageBySlug returns the page body and its translations', async () => {
    const page = pages.find((candidate) => candidate.role === 'accessibility')!;
    const response = await cms.graphql(print(PageBySlugDocument), { locale, slug: page.slug });
    expect(response.body.errors).toBeUndefined();
    const [found] = response.body.data.teilhabePages;
    expect(found.body).toBe(page.texts[locale].body);
    expect(found.translationStatus).toBe(locale === 'de' ? 'source' : 'demo_translation');
    expect(found.localizations).toHaveLength(LOCALE_CODES.length - 1);
  });
});

test('an unknown slug finds nothing', async () => {
  const response = await cms.graphql(print(PageBySlugDocument), {
    locale: 'de',
    slug: 'gibt-es-nicht',
  });
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data.teilhabePages).toEqual([]);
});

test('an unknown locale finds nothing rather than German content', async () => {
  const response = await cms.graphql(print(HomePageDocument), { locale: 'xx' });
  expect(response.body.data).toEqual({ teilhabeSiteSetting: null, teilhabeLifeSituations: [] });
});

test('seeding is idempotent: a second run adds nothing', async () => {
  await seedDemo(cms.strapi);
  const count = await cms.strapi
    .documents('plugin::teilhabe.life-situation')
    .count({ locale: 'de' });
  expect(count).toBe(6);
});
