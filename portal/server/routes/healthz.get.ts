/** How long the health check waits for the CMS. */
const CMS_HEALTH_TIMEOUT_MS = 2000;

async function cmsStatus(cmsUrl: string): Promise<'ok' | 'unreachable'> {
  try {
    const response = await fetch(new URL('/_health', cmsUrl), {
      signal: AbortSignal.timeout(CMS_HEALTH_TIMEOUT_MS),
    });
    return response.ok ? 'ok' : 'unreachable';
  } catch {
    return 'unreachable';
  }
}

/**
 * Liveness of the portal plus reachability of the CMS: `GET /healthz`.
 * Answers 200 while the portal runs, so an orchestrator does not restart it
 * only because the CMS is down; the `cms` field tells the two apart.
 */
export default defineEventHandler(async (event) => {
  setResponseHeader(event, 'Cache-Control', 'no-store');
  return { status: 'ok' as const, cms: await cmsStatus(useRuntimeConfig(event).cmsUrl) };
});
