/**
 * XML sitemaps (sitemaps.org 0.9) with hreflang alternates
 * (`xhtml:link rel="alternate"`). Kept free of Nuxt imports so that Jest can
 * test them.
 */

import { DEFAULT_LOCALE, LOCALE_CODES, portalLocale, type LocaleCode } from './locales';

/** One URL of a sitemap with the pages that are real translations of it. */
export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** `YYYY-MM-DD` or a W3C timestamp. */
  lastmod?: string | null;
  /** The same content in other languages, this URL's own language included; empty for none. */
  alternates?: ReadonlyArray<{ hreflang: string; href: string }>;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * @param text any text
 * @returns the text escaped for XML content and attributes
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

function lastmodElement(lastmod: string | null | undefined): string {
  return lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : '';
}

/**
 * Writes a sitemap.
 * @param entries the URLs, each with its translations
 * @returns the XML document
 */
export function buildSitemap(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const alternates = (entry.alternates ?? []).map(
      (alternate) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(alternate.hreflang)}" href="${escapeXml(alternate.href)}"/>`
    );
    return `<url><loc>${escapeXml(entry.loc)}</loc>${lastmodElement(entry.lastmod)}${alternates.join('')}</url>`;
  });
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * Writes a sitemap index.
 * @param sitemaps absolute URLs of the sitemaps
 * @returns the XML document
 */
export function buildSitemapIndex(sitemaps: readonly string[]): string {
  return [
    XML_DECLARATION,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}

/** Paths of one piece of content in the locales it exists in. */
export type Alternates = Partial<Record<LocaleCode, string>>;

/** A published offer: its slug and the locales it is translated into. */
export interface SitemapOffer {
  slug: string;
  locales: readonly string[];
}

/** One page of a paged list from the CMS. */
export interface ListPage<T> {
  items: readonly T[];
  /** How many pages the list has, as the CMS counts it. */
  pageCount: number;
}

/**
 * Reads a paged list page by page, one request at a time, up to the last page
 * the CMS counts (or an empty page, should the list shrink meanwhile). No cap
 * of its own: a sitemap that stops early would hide the rest from search
 * engines without anyone noticing.
 * @param readPage fetches page `n` (from 1)
 * @returns the items of all pages in order
 */
export async function readAllPages<T>(
  readPage: (page: number) => Promise<ListPage<T>>
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 1; ; page++) {
    const result = await readPage(page);
    items.push(...result.items);
    if (page >= result.pageCount || result.items.length === 0) {
      return items;
    }
  }
}

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

/**
 * The URLs of one locale's sitemap: home page, directory, the CMS pages and
 * the offers that exist in this locale. Alternates name only real
 * translations; pages shown in German for lack of one are left to the German
 * sitemap.
 * @param origin the portal's public origin
 * @param locale the sitemap's locale
 * @param pages the CMS pages, each with its paths per locale
 * @param offers every published offer
 * @returns the entries in sitemap order
 */
export function localeSitemapEntries(
  origin: string,
  locale: LocaleCode,
  pages: Iterable<Alternates>,
  offers: readonly SitemapOffer[]
): SitemapEntry[] {
  const everywhere = (path: string): Alternates =>
    Object.fromEntries(
      LOCALE_CODES.map((code) => [code, path === '/' ? `/${code}` : `/${code}${path}`])
    );
  const entries = [
    entry(origin, locale, everywhere('/')),
    entry(origin, locale, everywhere('/angebote')),
    ...[...pages].map((paths) => entry(origin, locale, paths)),
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
  return entries.filter((item): item is SitemapEntry => item !== null);
}
