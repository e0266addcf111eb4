import type { H3Event } from 'h3';
import { DirectoryDocument, SiteFrameDocument } from '@teilhabe/graphql';
import { DEFAULT_LOCALE, LOCALE_CODES, type LocaleCode } from '#shared/locales';
import {
  buildSitemap,
  localeSitemapEntries,
  readAllPages,
  type Alternates,
  type SitemapOffer,
} from '#shared/sitemap';
import { isValidSlug } from '#shared/slug';
import { emptyDirectoryFilters } from '#shared/directory-query';
import { toDirectoryVariables } from '#shared/view-models/directory';
import { presentItems } from '#shared/view-models/text';

/** The largest page the CMS serves; the sitemap pages through all offers. */
const OFFERS_PER_QUERY = 50;

/** Every published offer with the locales it is translated into. */
async function allOffers(event: H3Event): Promise<SitemapOffer[]> {
  const offers = await readAllPages(async (page) => {
    const { teilhabeDirectory } = await queryCms(
      event,
      DirectoryDocument,
      toDirectoryVariables({ ...emptyDirectoryFilters(), page }, DEFAULT_LOCALE, OFFERS_PER_QUERY)
    );
    return { items: teilhabeDirectory.offers, pageCount: teilhabeDirectory.pageCount };
  });
  return offers
    .filter((offer) => isValidSlug(offer.slug))
    .map((offer) => ({ slug: offer.slug, locales: offer.availableLocales }));
}

/** CMS pages by document, with their slug in each locale they exist in. */
async function allPages(event: H3Event): Promise<Map<string, Alternates>> {
  const frames = await Promise.all(
    LOCALE_CODES.map(async (locale) => ({
      locale,
      data: await queryCms(event, SiteFrameDocument, { locale }),
    }))
  );
  const pages = new Map<string, Alternates>();
  for (const { locale, data } of frames) {
    for (const page of presentItems(data.teilhabePages)) {
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
