/**
 * Serves public pages from the page cache (`utils/page-cache.ts`) before
 * Nuxt renders them. Pages outside `utils/page-cache-routes.ts` and requests
 * with cookies or credentials are left to the renderer; the cache's own
 * renders pass through.
 */
export default defineEventHandler(async (event) => {
  if (isPageCacheRender(event) || !pageCacheSettings(event).enabled) {
    return;
  }
  const [path = '', search = ''] = event.path.split(/\?(.*)/s, 2);
  const target = pageCacheTarget(path, search);
  if (!target) {
    return;
  }
  if (pageCacheBypass(event.method, getRequestHeaders(event))) {
    setResponseHeader(event, PAGE_CACHE_HEADER, 'BYPASS');
    return;
  }
  return servePageFromCache(event, target);
});
