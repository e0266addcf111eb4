import { createHash, randomUUID } from 'node:crypto';
import type { H3Event } from 'h3';
import type { PageCacheTarget } from './page-cache-routes';
import { frameAncestorsFor, withFrameAncestors } from './security-headers';

/**
 * The full-page cache: public pages (see `page-cache-routes.ts`) rendered
 * once and kept in the `pages` storage (an in-memory LRU bounded in bytes,
 * or Redis shared by every instance, see `plugins/cache-storage.ts`). A page
 * is rendered through Nitro's in-process fetch, from its canonical URL and
 * without the visitor's headers, so what is stored cannot depend on anything
 * but the URL. Purged with every other cached CMS answer on each change
 * notification (`content-cache.ts`).
 */

/** Response header that says how the cache answered: `HIT`, `MISS` or `BYPASS`. */
export const PAGE_CACHE_HEADER = 'x-teilhabe-cache';

/** Marks the cache's own render requests; the value is secret to this process. */
const RENDER_HEADER = 'x-teilhabe-page-render';
const RENDER_TOKEN = randomUUID();

/** Headers of a rendered page that are not kept: they belong to one response or one visitor. */
const UNSTORED_HEADERS = new Set([
  'set-cookie',
  'date',
  'cache-control',
  'etag',
  'last-modified',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'vary',
  PAGE_CACHE_HEADER,
]);

/** A rendered page as the cache keeps it. */
export interface RenderedPage {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Never stored when not empty; kept only to pass them on uncached. */
  setCookies: string[];
  /**
   * The page's own `Cache-Control` when it forbids shared caching
   * (`no-store`, `private`, `no-cache`): such a page is never stored, and
   * the header is passed on. A page with per-visitor content only has to
   * say so to stay out of the cache.
   */
  refusal: string | null;
  etag: string;
  renderedAt: number;
}

/** A render that failed on the server (CMS down): the last good page is served meanwhile. */
class PageRenderFailure extends Error {
  constructor(readonly page: RenderedPage) {
    super(`page render failed with HTTP ${page.status}`);
  }
}

/** Settings from the runtime config (`NUXT_PAGE_CACHE_*`). */
interface PageCacheSettings {
  enabled: boolean;
  /** Seconds a page is served as it is; after that once more while it is rendered again. */
  maxAge: number;
  /** `stale-while-revalidate` seconds of the `Cache-Control` sent to browsers. */
  browserStaleWhileRevalidate: number;
}

/**
 * @param event the request
 * @returns the page cache's settings
 */
export function pageCacheSettings(event?: H3Event): PageCacheSettings {
  const config = useRuntimeConfig(event).pageCache as Partial<PageCacheSettings> | undefined;
  return {
    enabled: config?.enabled !== false && String(config?.enabled) !== 'false',
    maxAge: Math.max(1, Number(config?.maxAge) || 30),
    browserStaleWhileRevalidate: Math.max(0, Number(config?.browserStaleWhileRevalidate) || 0),
  };
}

/**
 * @param event a request
 * @returns whether it is one of the cache's own renders, which go to the renderer
 */
export function isPageCacheRender(event: H3Event): boolean {
  return getRequestHeader(event, RENDER_HEADER) === RENDER_TOKEN;
}

/** The request headers a page's absolute URLs may depend on when no public origin is set. */
function originHeaders(event: H3Event): Record<string, string> {
  const configured = (useRuntimeConfig(event).public.i18n as { baseUrl?: string } | undefined)
    ?.baseUrl;
  if (configured) {
    return {};
  }
  const headers: Record<string, string> = {};
  for (const name of ['host', 'x-forwarded-proto']) {
    const value = getRequestHeader(event, name);
    if (value) {
      headers[name] = value;
    }
  }
  return headers;
}

async function render(url: string, headers: Record<string, string>): Promise<RenderedPage> {
  const response = await useNitroApp().localFetch(url, {
    headers: { ...headers, accept: 'text/html', [RENDER_HEADER]: RENDER_TOKEN },
    redirect: 'manual',
  });
  const body = await response.text();
  const kept: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (!UNSTORED_HEADERS.has(name.toLowerCase())) {
      kept[name.toLowerCase()] = value;
    }
  });
  const cacheControl = response.headers.get('cache-control');
  const page: RenderedPage = {
    status: response.status,
    headers: kept,
    body,
    setCookies: response.headers.getSetCookie(),
    refusal: cacheControl && /no-store|private|no-cache/i.test(cacheControl) ? cacheControl : null,
    etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    renderedAt: Date.now(),
  };
  if (page.status >= 500) {
    throw new PageRenderFailure(page);
  }
  return page;
}

/** @returns whether a rendered page may be kept and served to everyone */
function isStorable(page: RenderedPage): boolean {
  return page.status === 200 && page.setCookies.length === 0 && page.refusal === null;
}

interface RenderArgs {
  target: PageCacheTarget;
  headers: Record<string, string>;
  /** Filled by the render that answers this very request (a miss). */
  rendered: { page?: RenderedPage };
}

type CachedRender = (args: RenderArgs) => Promise<RenderedPage>;
let cachedRender: CachedRender | undefined;

function cachedRenderer(): CachedRender {
  cachedRender ??= defineCachedFunction(
    async (args: RenderArgs) => {
      const page = await render(args.target.url, args.headers);
      args.rendered.page = page;
      return page;
    },
    {
      // Key `pages:teilhabe:page:<hash>.json`, in the storage mounted at `pages`.
      base: 'pages',
      group: 'teilhabe',
      name: 'page',
      maxAge: pageCacheSettings().maxAge,
      swr: true,
      getKey: ({ target, headers }: RenderArgs) =>
        createHash('sha256')
          .update(JSON.stringify([target.url, headers]))
          .digest('hex')
          .slice(0, 40),
      // Only complete, impersonal pages are kept: no error pages, redirects or cookies.
      validate: (entry: { value?: RenderedPage }) =>
        entry.value !== undefined && isStorable(entry.value),
    }
  ) as CachedRender;
  return cachedRender;
}

/**
 * Answers a request for a cacheable page from the cache, rendering it on a
 * miss. Sends `Cache-Control` (browsers may keep a page only a few seconds
 * while they check it again: they cannot be purged), an `ETag` with 304 for a
 * matching `If-None-Match`, and `X-Teilhabe-Cache: HIT` or `MISS`.
 * @param event the visitor's request
 * @param target the page and its canonical URL
 * @returns the body to send
 */
export async function servePageFromCache(event: H3Event, target: PageCacheTarget): Promise<string> {
  const settings = pageCacheSettings(event);
  const rendered: RenderArgs['rendered'] = {};
  let page: RenderedPage;
  try {
    page = await cachedRenderer()({ target, headers: originHeaders(event), rendered });
  } catch (error) {
    if (!(error instanceof PageRenderFailure)) {
      throw error;
    }
    page = error.page;
  }
  const stored = isStorable(page);
  setResponseStatus(event, page.status);
  for (const [name, value] of Object.entries(page.headers)) {
    setResponseHeader(
      event,
      name,
      name === 'content-security-policy'
        ? withFrameAncestors(value, frameAncestorsFor(event.path, useRuntimeConfig(event)))
        : value
    );
  }
  setResponseHeader(event, PAGE_CACHE_HEADER, rendered.page === page ? 'MISS' : 'HIT');
  if (!stored) {
    for (const cookie of page.setCookies) {
      appendResponseHeader(event, 'set-cookie', cookie);
    }
    if (page.refusal) {
      setResponseHeader(event, 'cache-control', page.refusal);
    }
    return page.body;
  }
  setResponseHeader(
    event,
    'cache-control',
    `public, max-age=0, stale-while-revalidate=${settings.browserStaleWhileRevalidate}`
  );
  setResponseHeader(event, 'etag', page.etag);
  if (getRequestHeader(event, 'if-none-match') === page.etag) {
    setResponseStatus(event, 304);
    return '';
  }
  return page.body;
}
