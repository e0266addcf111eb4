import { isLocaleCode } from '@teilhabe/locales';
import { parseMeasureFilters } from '../../shared/concept/query';
import { MEASURE_STATUSES } from '../../shared/concept/statuses';
import {
  directoryQueryString,
  parseDirectoryQuery,
  type RawQuery,
} from '../../shared/directory-query';
import { embedThemeQuery, parseEmbedTheme } from '../../shared/embed-theme';

/**
 * The public pages the portal serves from its page cache, and how each one's
 * query string is reduced to the parameters it reads. Everything not listed
 * here is rendered for every request: forms (`/<locale>/formulare…`), the
 * status page, previews, error pages, the API. A new kind of public page is
 * one entry here. Plain module without Nitro imports, so that Jest checks it.
 */

/** One kind of cacheable page. */
export interface CacheablePage {
  /** For logs and tests. */
  name: string;
  /** The path after the locale, e.g. `/angebote/<slug>`; `''` is the locale's home. */
  path: RegExp;
  /**
   * The canonical query string (without `?`) of the parameters the page
   * reads; unknown parameters and values are dropped. Pages without one read
   * no parameters, so every query string is dropped.
   */
  query?: (query: RawQuery) => string;
}

const SLUG = '[a-z0-9-]{1,100}';

/** The directory's filters in their canonical order, values sorted (see `directory-query.ts`). */
const directoryQuery = (query: RawQuery): string =>
  directoryQueryString(parseDirectoryQuery(query)).slice(1);

/**
 * An embed view reads its full page's parameters and the frame's theme
 * (validated and on a grid, so the variants of a page stay bounded).
 * @param pageQuery the full page's query, none for pages without parameters
 * @returns the canonical query of both
 */
const embedQuery =
  (pageQuery?: (query: RawQuery) => string) =>
  (query: RawQuery): string =>
    [pageQuery?.(query) ?? '', embedThemeQuery(parseEmbedTheme(query))].filter(Boolean).join('&');

/** A parameter value the concept pages read: a code, id, number or date. */
const PARAM_VALUE = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Keeps the named parameters, sorted by name, each with its first value
 * (the pages read one), when it is well-formed.
 * @param names the parameters a page reads
 * @returns the canonical query of those parameters
 */
const keepParams =
  (...names: string[]) =>
  (query: RawQuery): string => {
    const kept = new URLSearchParams();
    for (const name of [...names].sort()) {
      const raw = query[name];
      const value = (Array.isArray(raw) ? raw[0] : raw) as unknown;
      if (typeof value === 'string' && PARAM_VALUE.test(value.trim())) {
        kept.append(name, value.trim());
      }
    }
    return kept.toString();
  };

/**
 * The measures' filters as the page reads them: a field of action and every
 * known status, in their fixed order (the statuses are checkboxes, so a list).
 * @param query the raw query
 * @returns the canonical query, e.g. `handlungsfeld=bildung&status=planned&status=done`
 */
const measuresQuery = (query: RawQuery): string => {
  const { fieldOfAction, statuses } = parseMeasureFilters(query);
  const kept = new URLSearchParams();
  if (fieldOfAction) {
    kept.append('handlungsfeld', fieldOfAction);
  }
  for (const status of MEASURE_STATUSES.filter((known) => statuses.includes(known))) {
    kept.append('status', status);
  }
  return kept.toString();
};

/**
 * Every kind of page the cache may hold; the first whose path matches counts,
 * so pages that read parameters come before the catch-all of their section.
 */
export const CACHEABLE_PAGES: readonly CacheablePage[] = [
  { name: 'home', path: /^$/ },
  { name: 'directory', path: /^\/angebote$/, query: directoryQuery },
  { name: 'offer', path: new RegExp(`^/angebote/${SLUG}$`) },
  { name: 'page', path: new RegExp(`^/seiten/${SLUG}$`) },
  // The embed views of directory and offer read what their full pages read.
  { name: 'embed-directory', path: /^\/embed\/angebote$/, query: embedQuery(directoryQuery) },
  { name: 'embed-offer', path: new RegExp(`^/embed/angebote/${SLUG}$`), query: embedQuery() },
  // The embed views of the concept's overview, a chapter, the measures and a measure, likewise.
  { name: 'embed-concept', path: /^\/embed\/konzept$/, query: embedQuery() },
  {
    name: 'embed-concept-chapter',
    path: new RegExp(`^/embed/konzept/kapitel/${SLUG}$`),
    query: embedQuery(keepParams('text')),
  },
  {
    name: 'embed-concept-measures',
    path: /^\/embed\/konzept\/massnahmen$/,
    query: embedQuery(measuresQuery),
  },
  {
    name: 'embed-concept-measure',
    path: new RegExp(`^/embed/konzept/massnahmen/${SLUG}$`),
    query: embedQuery(),
  },
  // The concept: pages with parameters of their own (filters, versions, Easy Language) …
  {
    name: 'concept-chapter',
    path: new RegExp(`^/konzept/kapitel/${SLUG}$`),
    query: keepParams('text'),
  },
  {
    name: 'concept-measures',
    path: /^\/konzept\/massnahmen$/,
    query: measuresQuery,
  },
  {
    name: 'concept-versions',
    path: /^\/konzept\/versionen$/,
    query: keepParams('dokument', 'fassung', 'seit'),
  },
  { name: 'concept-comparison', path: /^\/konzept\/vergleich$/, query: keepParams('von', 'zu') },
  { name: 'concept-feedback', path: /^\/konzept\/rueckmeldungen$/, query: keepParams('thema') },
  // … then the overview and everything else below it, which read none.
  { name: 'concept', path: new RegExp(`^/konzept(?:/${SLUG}){0,4}$`) },
];

/** A request the page cache may answer, reduced to what the page depends on. */
export interface PageCacheTarget {
  /** The kind of page. */
  name: string;
  /** Path and canonical query: what is rendered, and the cache key. */
  url: string;
}

/**
 * URLSearchParams as the record the query parsers take: repeated parameters
 * become lists.
 * @param search the query string, with or without `?`
 * @returns parameter names to their value or values
 */
function rawQuery(search: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [name, value] of new URLSearchParams(search)) {
    const existing = query[name];
    query[name] = existing === undefined ? value : [existing, value].flat();
  }
  return query;
}

/**
 * Decides whether a path is a cacheable public page and normalizes its query.
 * @param path the request path without query, e.g. `/ar/angebote`
 * @param search the raw query string, e.g. `?page=2&district=arpke&utm_source=x`
 * @returns the page and its canonical URL, or `null` when the page is never cached
 */
export function pageCacheTarget(path: string, search: string): PageCacheTarget | null {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(path);
  const locale = match?.[1];
  if (!match || !isLocaleCode(locale)) {
    return null;
  }
  const rest = match[2] ?? '';
  const page = CACHEABLE_PAGES.find((candidate) => candidate.path.test(rest));
  if (!page) {
    return null;
  }
  const query = page.query?.(rawQuery(search)) ?? '';
  return { name: page.name, url: `${path}${query ? `?${query}` : ''}` };
}

/** Request headers that make a response personal: such requests bypass the cache. */
const PERSONAL_HEADERS = ['cookie', 'authorization'] as const;

/**
 * Why a request to a cacheable page must be rendered for it alone, if at all.
 * The portal's pages read no request header except the host, so only a
 * request that carries cookies or credentials (which a page might come to
 * read) is kept out, besides every method but GET and HEAD.
 * @param method the HTTP method
 * @param headers the request headers, names in lower case
 * @returns `null` when the cache may answer, else the reason it may not
 */
export function pageCacheBypass(
  method: string,
  headers: Readonly<Record<string, string | string[] | undefined>>
): 'method' | (typeof PERSONAL_HEADERS)[number] | null {
  if (method !== 'GET' && method !== 'HEAD') {
    return 'method';
  }
  return PERSONAL_HEADERS.find((name) => headers[name] !== undefined) ?? null;
}
