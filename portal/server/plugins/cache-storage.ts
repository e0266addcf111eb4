import redisDriver from 'unstorage/drivers/redis';

/**
 * With `REDIS_URL` set (e.g. `redis://127.0.0.1:6379/0`), the cached CMS
 * answers (`cache`) and the page cache (`pages`) live in Redis, shared by
 * every portal instance: what one instance rendered, all serve, and a purge
 * by any of them (on a change notification) reaches all. Without it, both
 * stay in this process's memory (nuxt.config.ts), and one instance needs
 * nothing else.
 */

/**
 * Longest life of an entry in Redis. Entries are replaced long before (the
 * caches' `maxAge`, then stale-while-revalidate); this only bounds what a key
 * nobody asks for again keeps of Redis's memory, next to its `maxmemory`.
 */
const REDIS_ENTRY_TTL_SECONDS = 24 * 60 * 60;

/** Mount points and their key prefixes in Redis. */
const SHARED_MOUNTS = { cache: 'teilhabe:cache', pages: 'teilhabe:pages' } as const;

export default defineNitroPlugin(async () => {
  const url = process.env.REDIS_URL?.trim();
  if (!url) {
    return;
  }
  const storage = useStorage();
  for (const [mount, prefix] of Object.entries(SHARED_MOUNTS)) {
    // Without disposing: the in-memory store is empty at start anyway.
    await storage.unmount(mount, false);
    storage.mount(
      mount,
      redisDriver({
        url,
        base: prefix,
        ttl: REDIS_ENTRY_TTL_SECONDS,
        // A Redis that is down or slow must not hold up pages: a failed read
        // is a miss, a failed write is logged, and the page is rendered.
        commandTimeout: 1_000,
        connectTimeout: 2_000,
        maxRetriesPerRequest: 1,
      })
    );
  }
  logServerInfo(`[cache] cached pages and CMS answers are shared through Redis`);
});
