import { print, type DocumentNode } from 'graphql';
import {
  DirectoryDocument,
  DirectoryTaxonomiesDocument,
  OfferBySlugDocument,
  SitemapOffersDocument,
  type DirectoryQuery,
  type SitemapOffersQuery,
} from '@teilhabe/graphql';
import { cityToday, LOCALE_CODES } from '@teilhabe/locales';
import { demoDataDir, loadDemoContent } from '../../src/demo/load';
import { seedDirectory } from '../../src/demo/seed-directory';
import { CMS_DIR, startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#3) The demo directory seeds completely, and the portal's three
 * operations answer for every demo offer in every locale. (Seeding time is
 * measured by the benchmark, not here.)
 */
let cms: TestStrapi;

const DIRECTORY_DEMO = loadDemoContent(demoDataDir(CMS_DIR)).directory;

const today = cityToday();
const listed = DIRECTORY_DEMO.offers.filter(
  (offer) => !offer.validUntil || offer.validUntil >= today
);

beforeAll(async () => {
  cms = await startTestStrapi();
  await seedDirectory(cms.strapi, DIRECTORY_DEMO);
});

afterAll(async () => {
  await cms?.stop();
});

test('the demo has ended offers, which lists leave out', () => {
  expect(listed.length).toBeGreaterThan(40);
  expect(listed.length).toBeLessThan(DIRECTORY_DEMO.offers.length);
});

test('a renamed demo offer is found by its old slug, which leads to the new one', async () => {
  const renamed = DIRECTORY_DEMO.offers.filter((offer) => offer.renamedFrom);
  expect(renamed.length).toBeGreaterThan(0);
  for (const offer of renamed) {
    const response = await cms.graphql(print(OfferBySlugDocument), {
      locale: 'ar',
      slug: offer.renamedFrom,
    });
    expect(response.body.data.teilhabeOfferBySlug).toEqual({ offer: null, redirectTo: offer.slug });
  }
});

test('seeding is idempotent', async () => {
  expect(await seedDirectory(cms.strapi, DIRECTORY_DEMO)).toBe(false);
  const count = await cms.strapi.documents('plugin::teilhabe.offer').count({ locale: 'de' });
  expect(count).toBe(DIRECTORY_DEMO.offers.length);
});

/** Every offer a directory operation lists, page by page; each page counts all listed offers. */
async function everyOffer<TOffer>(
  document: DocumentNode,
  variables: Record<string, unknown>
): Promise<TOffer[]> {
  const offers: TOffer[] = [];
  for (let page = 1; ; page += 1) {
    const response = await cms.graphql(print(document), { ...variables, page });
    expect(response.body.errors).toBeUndefined();
    const result = response.body.data.teilhabeDirectory as {
      total: number;
      pageCount: number;
      offers: TOffer[];
    };
    expect(result.total).toBe(listed.length);
    offers.push(...result.offers);
    if (page >= result.pageCount) {
      return offers;
    }
  }
}

test('SitemapOffers pages through every listed offer with the locales it is translated into', async () => {
  const offers = await everyOffer<SitemapOffersQuery['teilhabeDirectory']['offers'][number]>(
    SitemapOffersDocument,
    { locale: 'de', pageSize: 7 }
  );
  expect(offers).toHaveLength(listed.length);
  expect(offers.map((offer) => offer.slug).sort()).toEqual(
    listed.map((offer) => offer.slug).sort()
  );
  for (const offer of offers) {
    const demo = listed.find((candidate) => candidate.slug === offer.slug)!;
    expect([...offer.availableLocales].sort()).toEqual(Object.keys(demo.texts).sort());
  }
});

describe.each(LOCALE_CODES)('in %s', (locale) => {
  test('Directory lists every valid demo offer, each text in the locale or in German', async () => {
    const offers = await everyOffer<DirectoryQuery['teilhabeDirectory']['offers'][number]>(
      DirectoryDocument,
      { locale, pageSize: 50 }
    );
    expect(offers.map((offer) => offer.slug).sort()).toEqual(
      listed.map((offer) => offer.slug).sort()
    );
    for (const offer of offers) {
      const demo = DIRECTORY_DEMO.offers.find((candidate) => candidate.slug === offer.slug)!;
      const translated = demo.texts[locale];
      expect(offer.title).toEqual(
        translated
          ? { text: translated.title, locale }
          : { text: demo.texts.de.title, locale: 'de' }
      );
      expect(offer.availableLocales.sort()).toEqual(Object.keys(demo.texts).sort());
      expect(offer.category?.code).toBe(demo.category);
      expect(offer.provider).not.toBeNull();
    }
  });

  test('DirectoryTaxonomies has every term with a label in the locale', async () => {
    const response = await cms.graphql(print(DirectoryTaxonomiesDocument), { locale });
    expect(response.body.errors).toBeUndefined();
    const taxonomies = response.body.data.teilhabeDirectoryTaxonomies;
    const { categories, districts } = DIRECTORY_DEMO.taxonomies;
    expect(taxonomies.categories.map((term: { code: string }) => term.code)).toEqual(
      [...categories].sort((a, b) => a.position - b.position).map((term) => term.code)
    );
    expect(taxonomies.districts).toHaveLength(districts.length);
    for (const term of taxonomies.categories) {
      expect(term.label.locale).toBe(locale);
    }
  });

  test('OfferBySlug answers for every demo offer with its locations and contacts', async () => {
    for (const demo of DIRECTORY_DEMO.offers) {
      const response = await cms.graphql(print(OfferBySlugDocument), { locale, slug: demo.slug });
      expect(response.body.errors).toBeUndefined();
      const { offer } = response.body.data.teilhabeOfferBySlug;
      expect(offer.locations).toHaveLength(demo.locations.length);
      expect(offer.contacts).toHaveLength(demo.contacts.length);
      expect(offer.description.locale).toBe(demo.texts[locale] ? locale : 'de');
    }
  });
});
