import type { H3Event } from 'h3';
import type { ChangeReceiver } from '../../utils/change-receiver';

/** The CMS sends at most 100 changes of about 120 bytes each. */
const MAX_BODY_BYTES = 64 * 1024;

// Per process: the replay memory and the timer of the second purge. Cached
// content itself lives in the cache storage only (see content-cache.ts).
let receiver: ChangeReceiver | null | undefined;

async function purge(): Promise<void> {
  const removed = await purgeContentCaches();
  logServerInfo(`[cms] content changed: ${removed} cached entries purged`);
}

function changeReceiver(event: H3Event): ChangeReceiver | null {
  if (receiver === undefined) {
    const secret = useRuntimeConfig(event).cmsChangeSecret;
    try {
      receiver = secret
        ? createChangeReceiver({
            secret,
            purge,
            onError: (error) => logServerError('[cms] second purge failed', error),
          })
        : null;
    } catch (error) {
      logServerError(
        '[cms] NUXT_CMS_CHANGE_SECRET is not a whsec_ secret; change notifications are off',
        error
      );
      receiver = null;
    }
  }
  return receiver;
}

/**
 * `POST /api/cms/changes`: the CMS reports that content changed (Standard
 * Webhooks: `webhook-id`, `webhook-timestamp`, `webhook-signature`, signed
 * with `NUXT_CMS_CHANGE_SECRET`). A genuine notification purges every cached
 * CMS answer at once and again 1.5 s later; a bad signature or a stale
 * timestamp is a 401 and purges nothing, a replay is acknowledged and
 * ignored. Without a secret the route does not exist (404).
 */
export default defineEventHandler(async (event) => {
  setResponseHeader(event, 'Cache-Control', 'no-store');
  const active = changeReceiver(event);
  if (!active) {
    throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  }
  const length = Number(getRequestHeader(event, 'content-length'));
  if (!Number.isInteger(length)) {
    throw createError({ statusCode: 411, statusMessage: 'Length Required' });
  }
  if (length > MAX_BODY_BYTES) {
    throw createError({ statusCode: 413, statusMessage: 'Payload Too Large' });
  }
  const body = (await readRawBody(event, 'utf8')) ?? '';
  const outcome = await active.receive(body, getRequestHeaders(event));
  if (outcome === 'refused') {
    throw createError({ statusCode: 401, statusMessage: 'Invalid signature' });
  }
  setResponseStatus(event, outcome === 'purged' ? 202 : 204);
  return null;
});
