import type { H3Event } from 'h3';
import { DirectoryDocument, SiteFrameDocument } from '@teilhabe/graphql';
import { DEFAULT_LOCALE, LOCALE_CODES, portalLocale, type LocaleCode } from '#shared/locales';
import { buildSitemap, type SitemapEntry } from '#shared/sitemap';
import { isValidSlug } from '#shared/slug';
import { emptyDirectoryFilters } from '#shared/directory-query';
import { toDirectoryVariables } from '#shared/view-models/directory';
import { presentItems } from '#shared/view-models/text';

/** The largest page the CMS serves; the sitemap pages through all offers. */
const OFFERS_PER_QUERY = 50;
/** A safety stop: 100 pages of 50 offers is far beyond what a city has. */
const MAX_QUERIES = 100;

type Alternates = Partial<Record<LocaleCode, string>>;

function entry(origin: string, locale: LocaleCode, paths: Alternates): SitemapEntry | null {
  const own = paths[locale];
  if (!own) {
    return null;
  }
  const alternates = LOCALE_CODES.flatMap((code) => {
    const path = paths[code];
    return path ? [{ hreflang: portalLocale(code).language, href: `${origin}${path}` }] : [];
  });
  const fallback = paths[DEFAULT_LOCALE];
  if (fallback) {
    alternates.push({ hreflang: 'x-default', href: `${origin}${fallback}` });
  }
  return { loc: `${origin}${own}`, alternates };
}

/** Every published offer with the locales it is translated into. */
async function allOffers(event: H3Event): Promise<Array<{ slug: string; locales: string[] }>> {
  const offers: Array<{ slug: string; locales: string[] }> = [];
  for (let page = 1; page <= MAX_QUERIES; page++) {
    const data = await queryCms(
      event,
      DirectoryDocument,
      toDirectoryVariables({ ...emptyDirectoryFilters(), page }, DEFAULT_LOCALE, OFFERS_PER_QUERY)
    );
    const result = data.teilhabeDirectory;
    offers.push(
      ...result.offers
        .filter((offer) => isValidSlug(offer.slug))
        .map((offer) => ({ slug: offer.slug, locales: offer.availableLocales }))
    );
    if (page >= result.pageCount) {
      break;
    }
  }
  return offers;
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
 * The sitemap of one locale: home page, directory, the CMS pages and the
 * offers that exist in this locale. Alternates name only real translations;
 * pages shown in German for lack of one are left to the German sitemap.
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
  const everywhere = (path: string): Alternates =>
    Object.fromEntries(
      LOCALE_CODES.map((code) => [code, path === '/' ? `/${code}` : `/${code}${path}`])
    );
  const [pages, offers] = await Promise.all([allPages(event), allOffers(event)]);
  const entries = [
    entry(origin, locale, everywhere('/')),
    entry(origin, locale, everywhere('/angebote')),
    ...[...pages.values()].map((paths) => entry(origin, locale, paths)),
    ...offers.map(({ slug, locales }) =>
      entry(
        origin,
        locale,
        Object.fromEntries(
          LOCALE_CODES.filter((code) => code === DEFAULT_LOCALE || locales.includes(code)).map(
            (code) => [code, `/${code}/angebote/${slug}`]
          )
        )
      )
    ),
  ];
  return buildSitemap(entries.filter((item): item is SitemapEntry => item !== null));
}
