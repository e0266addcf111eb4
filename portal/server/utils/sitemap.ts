import type { H3Event } from 'h3';
import {
  ConceptMeasuresDocument,
  SitemapOffersDocument,
  SitemapPagesDocument,
} from '@teilhabe/graphql';
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '@teilhabe/locales';
import {
  buildSitemap,
  conceptSitemapPaths,
  localeSitemapEntries,
  readAllPages,
  sitemapFileCount,
  splitSitemap,
  type Alternates,
  type SitemapOffer,
} from '#shared/sitemap';
import { isValidSlug } from '#shared/slug';

/** The largest page of the directory the CMS serves. */
const OFFERS_PER_QUERY = 50;
/** The largest page of a Strapi list (the GraphQL plugin's `maxLimit`). */
const PAGES_PER_QUERY = 100;

/**
 * Every published offer with the locales it is translated into.
 * @returns the offers, and how many the CMS listed (with any whose slug is unusable)
 */
async function allOffers(event: H3Event): Promise<{ count: number; offers: SitemapOffer[] }> {
  const listed = await readAllPages(async (page) => {
    const { teilhabeDirectory } = await queryCms(event, SitemapOffersDocument, {
      locale: DEFAULT_LOCALE,
      page,
      pageSize: OFFERS_PER_QUERY,
    });
    return { items: teilhabeDirectory.offers, pageCount: teilhabeDirectory.pageCount };
  });
  const offers = listed
    .filter((offer) => isValidSlug(offer.slug))
    .map((offer) => ({ slug: offer.slug, locales: offer.availableLocales }));
  return { count: listed.length, offers };
}

/**
 * How many files each locale's sitemap has, for the index: one small query.
 * @param event the request
 * @returns files per locale
 */
export async function sitemapFilesPerLocale(event: H3Event): Promise<number> {
  const { teilhabeDirectory } = await queryCms(event, SitemapOffersDocument, {
    locale: DEFAULT_LOCALE,
    page: 1,
    pageSize: 1,
  });
  return sitemapFileCount(teilhabeDirectory.total);
}

/** CMS pages by document, with their slug in each locale they exist in. */
async function allPages(event: H3Event): Promise<Map<string, Alternates>> {
  const perLocale = await Promise.all(
    LOCALE_CODES.map(async (locale) => ({
      locale,
      items: await readAllPages(async (page) => {
        const { teilhabePages_connection: list } = await queryCms(event, SitemapPagesDocument, {
          locale,
          page,
          pageSize: PAGES_PER_QUERY,
        });
        return { items: list?.nodes ?? [], pageCount: list?.pageInfo.pageCount ?? 0 };
      }),
    }))
  );
  const pages = new Map<string, Alternates>();
  for (const { locale, items } of perLocale) {
    for (const page of items) {
      if (isValidSlug(page.slug)) {
        const paths = pages.get(page.documentId) ?? {};
        paths[locale] = `/${locale}/seiten/${page.slug}`;
        pages.set(page.documentId, paths);
      }
    }
  }
  return pages;
}

/**
 * The integration concept's pages (`conceptSitemapPaths`): its own pages, the
 * edition's chapters and every published measure, 50 per query.
 */
async function conceptPaths(event: H3Event): Promise<string[]> {
  const concept = await loadConcept(event, DEFAULT_LOCALE, false);
  return conceptSitemapPaths(concept.chapters, async (page) => {
    const { teilhabeConceptMeasures: list } = await queryCms(event, ConceptMeasuresDocument, {
      locale: DEFAULT_LOCALE,
      page,
      pageSize: MEASURES_PAGE_SIZE,
    });
    return { items: list.measures, pageCount: list.pageCount };
  });
}

/**
 * The sitemap of one locale (see `localeSitemapEntries`), in as many files as
 * the index lists (`sitemapFilesPerLocale`), each within the 50,000 URLs a
 * sitemap may hold.
 * @param event the request
 * @param locale the sitemap's locale
 * @param origin the portal's public origin
 * @returns one XML document per file, the first at `/sitemap-<locale>.xml`
 */
export async function localeSitemap(
  event: H3Event,
  locale: LocaleCode,
  origin: string
): Promise<string[]> {
  const [pages, { count, offers }, concept] = await Promise.all([
    allPages(event),
    allOffers(event),
    conceptPaths(event),
  ]);
  const entries = localeSitemapEntries(origin, locale, pages.values(), offers, concept);
  const files = sitemapFileCount(count);
  const parts = splitSitemap(entries, files);
  if (parts.length > files) {
    logServerError(
      `[sitemap] ${locale}: ${entries.length} URLs take ${parts.length} files, the index lists ${files}`
    );
  }
  return parts.map((part) => buildSitemap(part));
}
