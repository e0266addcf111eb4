/**
 * XML sitemaps (sitemaps.org 0.9) with hreflang alternates
 * (`xhtml:link rel="alternate"`). Kept free of Nuxt imports so that Jest can
 * test them.
 */

import { DEFAULT_LOCALE, LOCALE_CODES, portalLocale, type LocaleCode } from '@teilhabe/locales';
import { isValidSlug } from './slug';

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

/** The most URLs one sitemap file may hold (sitemaps.org). */
export const MAX_URLS_PER_SITEMAP = 50_000;

/**
 * What the index allows per locale for URLs other than offers (home page,
 * directory, CMS pages) without counting them: it asks the CMS only for the
 * number of offers, and a city has dozens of pages, not a thousand.
 */
const OTHER_URLS = 1_000;

/**
 * How many files the index lists for each locale's sitemap.
 * @param offerCount the number of published offers
 * @param maxUrls URLs per file
 * @returns at least 1
 */
export function sitemapFileCount(offerCount: number, maxUrls = MAX_URLS_PER_SITEMAP): number {
  return Math.max(1, Math.ceil((offerCount + OTHER_URLS) / maxUrls));
}

/**
 * Splits a locale's URLs into sitemap files of nearly equal size: as many as
 * the index lists, so that a locale with fewer URLs than German (only
 * translated offers) still fills each of them, and more only if the URLs
 * would not fit otherwise.
 * @param entries the locale's URLs in order
 * @param files the number of files the index lists
 * @param maxUrls URLs per file
 * @returns the files' URLs, none empty unless there are no URLs at all
 */
export function splitSitemap<T>(
  entries: readonly T[],
  files: number,
  maxUrls = MAX_URLS_PER_SITEMAP
): T[][] {
  const count = Math.max(1, files, Math.ceil(entries.length / maxUrls));
  const bounds = Array.from({ length: count + 1 }, (_, index) =>
    Math.floor((index * entries.length) / count)
  );
  const parts = bounds
    .slice(1)
    .map((end, index) => entries.slice(bounds[index], end))
    .filter((part) => part.length > 0);
  return parts.length > 0 ? parts : [[]];
}

/**
 * The path of a locale's sitemap file: `/sitemap-de.xml` for the first,
 * `/sitemap-de.xml?part=2` and on for more (a sitemap lists URLs below its
 * own folder only, so every file stays at the root).
 * @param locale the sitemap's locale
 * @param part the file's number, from 1
 * @returns the path
 */
export function sitemapPath(locale: LocaleCode, part = 1): string {
  return part === 1 ? `/sitemap-${locale}.xml` : `/sitemap-${locale}.xml?part=${part}`;
}

/**
 * @param value the `part` query value of a sitemap request
 * @returns the file's number (1 without one), or null for anything but a whole number from 1
 */
export function sitemapPart(value: unknown): number | null {
  if (value === undefined) {
    return 1;
  }
  return typeof value === 'string' && /^[1-9][0-9]{0,5}$/.test(value) ? Number(value) : null;
}

/**
 * @param files files per locale (`sitemapFileCount`)
 * @returns the paths the sitemap index lists, locale by locale
 */
export function sitemapIndexPaths(files: number): string[] {
  return LOCALE_CODES.flatMap((code) =>
    Array.from({ length: files }, (_, index) => sitemapPath(code, index + 1))
  );
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

/**
 * The integration concept's pages other than chapters and measures, without
 * locale: each is linked from the concept's start page. The print layout is
 * left out, as it repeats the chapters.
 */
export const CONCEPT_SITEMAP_PAGES: readonly string[] = [
  '/konzept',
  '/konzept/massnahmen',
  '/konzept/beteiligung',
  '/konzept/versionen',
  '/konzept/rueckmeldungen',
  '/konzept/meldungen',
  '/konzept/glossar',
];

/**
 * The integration concept's paths for the sitemap: its pages, the edition's
 * chapters and every published measure, read page by page to the last
 * (`readAllPages`), however many there are.
 * @param chapters the edition's chapters
 * @param readMeasurePage fetches page `n` (from 1) of the published measures
 * @returns paths without locale (`/konzept/kapitel/…`), unusable slugs left out
 */
export async function conceptSitemapPaths(
  chapters: ReadonlyArray<{ slug: string }>,
  readMeasurePage: (page: number) => Promise<ListPage<{ slug: string }>>
): Promise<string[]> {
  const measures = await readAllPages(readMeasurePage);
  return [
    ...CONCEPT_SITEMAP_PAGES,
    ...chapters
      .filter((chapter) => isValidSlug(chapter.slug))
      .map((chapter) => `/konzept/kapitel/${chapter.slug}`),
    ...measures
      .filter((measure) => isValidSlug(measure.slug))
      .map((measure) => `/konzept/massnahmen/${measure.slug}`),
  ];
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
 * @param conceptPaths the integration concept's pages, without locale (`/konzept/kapitel/…`):
 *   each exists in every locale (German where not translated)
 * @returns the entries in sitemap order
 */
export function localeSitemapEntries(
  origin: string,
  locale: LocaleCode,
  pages: Iterable<Alternates>,
  offers: readonly SitemapOffer[],
  conceptPaths: readonly string[] = []
): SitemapEntry[] {
  const everywhere = (path: string): Alternates =>
    Object.fromEntries(
      LOCALE_CODES.map((code) => [code, path === '/' ? `/${code}` : `/${code}${path}`])
    );
  const entries = [
    entry(origin, locale, everywhere('/')),
    entry(origin, locale, everywhere('/angebote')),
    ...conceptPaths.map((path) => entry(origin, locale, everywhere(path))),
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
