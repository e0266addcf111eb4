import { createHash } from 'node:crypto';
import { isEmbedPath } from '../../shared/embed';

/**
 * Security headers of the portal. Pure functions without Nitro imports, so that
 * Jest can check the policy and the Nitro plugin only wires them up.
 */

export interface ContentSecurityPolicyOptions {
  /** Sources allowed to embed the portal (`frame-ancestors`), e.g. `'self' https://www.lehrte.de`. */
  frameAncestors: string;
  /** `'sha256-…'` sources for the inline scripts of one HTML response. */
  scriptHashes?: readonly string[];
}

/**
 * Keeps only well-formed CSP source expressions, so a misconfigured
 * environment variable cannot inject further directives or headers.
 * @param value a space-separated source list from runtime config
 * @returns the sources that are safe to use; `'self'` when none is left
 */
export function frameAncestorSources(value: string): string {
  const sources = value
    .split(/\s+/)
    .filter((source) => /^(?:'self'|'none'|https?:\/\/[a-z0-9.*:-]+|https?:)$/i.test(source));
  return sources.length > 0 ? sources.join(' ') : "'self'";
}

/**
 * Builds the Content-Security-Policy. Scripts and styles come from the portal
 * itself. Nuxt inlines two small scripts into each page (the import map and
 * `window.__NUXT__.config`); they are allowed by their hashes, not by
 * `'unsafe-inline'`. Styles need no exception: components ship no inline
 * styles (`features.inlineStyles: false`). `X-Frame-Options` is not sent; it
 * cannot allow the city's website, `frame-ancestors` can.
 * @param options frame ancestors and inline script hashes
 * @returns the header value
 */
export function contentSecurityPolicy(options: ContentSecurityPolicyOptions): string {
  const scriptSources = ["'self'", ...(options.scriptHashes ?? [])];
  return [
    "default-src 'self'",
    `script-src ${scriptSources.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestorSources(options.frameAncestors)}`,
  ].join('; ');
}

/** Who may frame which pages, from runtime config. */
export interface FramingConfig {
  /** Origins of the city's websites that show embed views (`NUXT_EMBED_FRAME_ANCESTORS`). */
  embedFrameAncestors: string;
  /** The CMS admin's origin, which shows form previews (`NUXT_PREVIEW_FRAME_ANCESTORS`). */
  previewFrameAncestors: string;
}

/**
 * The framing matrix: embed views (`/<locale>/embed/…`) may be framed by the
 * city's websites, form previews by the CMS admin, every other page by the
 * portal itself only. A full page in a foreign frame could be dressed up as
 * someone else's (clickjacking); the embed views are made for it.
 * @param path the request path, with or without query
 * @param config the allowed origins
 * @param preview whether the response is a form's draft preview
 * @returns the `frame-ancestors` sources
 */
export function frameAncestorsFor(path: string, config: FramingConfig, preview = false): string {
  const sources = ["'self'"];
  if (isEmbedPath(path)) {
    sources.push(config.embedFrameAncestors);
  }
  if (preview) {
    sources.push(config.previewFrameAncestors);
  }
  return frameAncestorSources(sources.join(' ').replace(/'none'/g, ''));
}

/**
 * The page a response belongs to. Nuxt renders an error page in a request of
 * its own to `/__nuxt_error`, naming the failed request's path in `url`; the
 * error below an embed view must be framed like the view.
 * @param path the path Nitro handles, with query
 * @returns the path the visitor asked for
 */
export function requestedPath(path: string): string {
  if (!path.startsWith('/__nuxt_error')) {
    return path;
  }
  const url = new URLSearchParams(path.split('?')[1] ?? '').get('url');
  return url?.startsWith('/') ? url : path;
}

/**
 * Puts this instance's `frame-ancestors` into a stored policy. A page in the
 * shared page cache carries the policy of the instance that rendered it;
 * who may frame a page is the serving instance's setting, and a changed
 * allow-list applies at once, not when the stored page expires.
 * @param policy a Content-Security-Policy as stored with a page
 * @param frameAncestors the sources from {@link frameAncestorsFor}
 * @returns the policy with exactly that `frame-ancestors` directive
 */
export function withFrameAncestors(policy: string, frameAncestors: string): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !/^frame-ancestors(?:\s|$)/i.test(directive));
  return [...directives, `frame-ancestors ${frameAncestorSources(frameAncestors)}`].join('; ');
}

/** Browser features the portal never uses; none may be used by embedded content either. */
const DISABLED_FEATURES = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'geolocation',
  'gyroscope',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'usb',
  'xr-spatial-tracking',
];

/**
 * The headers every response carries, HTML or not.
 * @param frameAncestors sources allowed to embed the portal
 * @returns header names and values
 */
export function securityHeaders(frameAncestors: string): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ frameAncestors }),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Permissions-Policy': DISABLED_FEATURES.map((feature) => `${feature}=()`).join(', '),
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const NON_EXECUTABLE_TYPE = /\btype\s*=\s*["']?application\/(?:ld\+)?json\b/i;

/**
 * Hashes the inline scripts of an HTML document for `script-src`.
 * JSON data blocks (`type="application/json"`, JSON-LD's `application/ld+json`)
 * are not executed and need no hash.
 * @param html a rendered page
 * @returns one `'sha256-…'` source per distinct inline script
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = '', content = ''] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes) || NON_EXECUTABLE_TYPE.test(attributes) || content === '') {
      continue;
    }
    hashes.add(`'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}
