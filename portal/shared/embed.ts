import { isLocaleCode } from '@teilhabe/locales';

/**
 * The embed views: the directory, an offer, a form, the status page and the
 * integration concept's reading views without the portal's header and
 * footer, for an iframe on the city's website. Each lives at `/<locale>/embed`
 * plus the path of its full page. Plain module, shared by the app, the server
 * and the tests.
 */

/** The segment after the locale that marks an embed view. */
export const EMBED_SEGMENT = '/embed';

/** Full-page paths (after the locale) that have an embed view. */
const EMBEDDABLE = [
  /^\/angebote$/,
  /^\/angebote\/[a-z0-9-]{1,100}$/,
  /^\/formulare\/[a-z0-9-]{1,100}$/,
  /^\/status$/,
  // The concept: its overview, a chapter, the measures and a measure. Its other
  // pages (versions, participation, glossary, print) open in the full portal.
  /^\/konzept$/,
  /^\/konzept\/kapitel\/[a-z0-9-]{1,100}$/,
  /^\/konzept\/massnahmen$/,
  /^\/konzept\/massnahmen\/[a-z0-9-]{1,100}$/,
];

/**
 * Whether a request path is an embed view (or anything below one).
 * @param path a path with its locale, with or without query, e.g. `/ar/embed/angebote?q=x`
 * @returns true for `/<locale>/embed` and below
 */
export function isEmbedPath(path: string): boolean {
  const match = /^\/([a-z]{2})\/embed(?:[/?#]|$)/.exec(path);
  return match !== null && isLocaleCode(match[1]);
}

/**
 * Whether a full page has an embed view.
 * @param path the path after the locale, without query, e.g. `/angebote/deutschkurs`
 * @returns true when `/<locale>/embed<path>` exists
 */
export function isEmbeddable(path: string): boolean {
  return EMBEDDABLE.some((pattern) => pattern.test(path));
}

/**
 * The full page an embed view shows: the address its canonical link and its
 * "open in the portal" link point to.
 * @param path an embed path with locale and optional query, e.g. `/de/embed/angebote?q=x`
 * @returns the full page's path with the same query, e.g. `/de/angebote?q=x`
 */
export function fullPagePath(path: string): string {
  return path.replace(/^(\/[a-z]{2})\/embed(?=[/?#]|$)/, '$1') || '/';
}
