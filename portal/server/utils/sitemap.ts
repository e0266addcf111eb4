import type { H3Event } from 'h3';
import { SitemapOffersDocument, SitemapPagesDocument } from '@teilhabe/graphql';
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '#shared/locales';
import {
  buildSitemap,
  localeSitemapEntries,
  readAllPages,
  type Alternates,
  type SitemapOffer,
} from '#shared/sitemap';
import { isValidSlug } from '#shared/slug';

/** The largest page of the directory the CMS serves. */
const OFFERS_PER_QUERY = 50;
/** The largest page of a Strapi list (the GraphQL plugin's `maxLimit`). */
const PAGES_PER_QUERY = 100;

/** Every published offer with the locales it is translated into. */
async function allOffers(event: H3Event): Promise<SitemapOffer[]> {
  const offers = await readAllPages(async (page) => {
    const { teilhabeDirectory } = await queryCms(event, SitemapOffersDocument, {
      locale: DEFAULT_LOCALE,
      page,
      pageSize: OFFERS_PER_QUERY,
    });
    return { items: teilhabeDirectory.offers, pageCount: teilhabeDirectory.pageCount };
  });
  return offers
    .filter((offer) => isValidSlug(offer.slug))
    .map((offer) => ({ slug: offer.slug, locales: offer.availableLocales }));
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
 * The sitemap of one locale (see `localeSitemapEntries`).
 * @param event the request
 * @param locale the sitemap's locale
 * @param origin the portal's public origin
 * @returns the XML document
 */
export async function localeSitemap(
  event: H3Event,
  locale: LocaleCode,
  origin: string
): Promise<string> {
  const [pages, offers] = await Promise.all([allPages(event), allOffers(event)]);
  return buildSitemap(localeSitemapEntries(origin, locale, pages.values(), offers));
}
