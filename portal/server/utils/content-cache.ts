/**
 * Everything the portal caches from the CMS lives in two storages: Nitro's
 * `cache` (route rules under `nitro:routes`, cached handlers under
 * `nitro:handlers`, cached functions such as view models, taxonomies and
 * sitemaps under `nitro:functions`) and `pages`, the full-page cache
 * (`page-cache.ts`). Purging goes through the storages, so it works the same
 * when several portal instances share them in Redis (`REDIS_URL`).
 */
const CONTENT_CACHE_BASES = [
  'cache:nitro:routes',
  'cache:nitro:handlers',
  'cache:nitro:functions',
  'pages',
] as const;

/**
 * Lifetimes of cached CMS answers. A safety net only, for a CMS that cannot
 * reach the portal: changes reach visitors through the purge on each change
 * notification. Within `maxAge` an entry is served as is; after it, once
 * more while it is refreshed in the background (`swr`).
 */
export const CMS_CACHE = { maxAge: 30, swr: true } as const;

/**
 * A CMS answer that may be "nothing there". Cached functions return it
 * instead of throwing a 404: Nitro keeps the old entry when a refresh throws,
 * so an unpublished page would stay visible, while a returned `{ found:
 * false }` replaces it. (A CMS that is down still throws a 503, and the last
 * good answer is served meanwhile.)
 */
export type Found<T> = { found: true; value: T } | { found: false };

/**
 * @param value a view model, or `null`/`undefined` when the CMS has none
 * @returns the value wrapped as a cacheable lookup result
 */
export function found<T>(value: T | null | undefined): Found<T> {
  return value === null || value === undefined ? { found: false } : { found: true, value };
}

/**
 * Removes every cached CMS answer, key by key (a storage's `clear(base)` may
 * empty more than the base, e.g. the LRU driver clears everything).
 * @returns the number of entries removed
 */
export async function purgeContentCaches(): Promise<number> {
  const storage = useStorage();
  let removed = 0;
  for (const base of CONTENT_CACHE_BASES) {
    const keys = await storage.getKeys(base);
    await Promise.all(keys.map((key) => storage.removeItem(key)));
    removed += keys.length;
  }
  return removed;
}
