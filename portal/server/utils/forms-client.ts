import type { H3Event } from 'h3';

/**
 * The resident's address as the CMS's rate limiting needs it. Behind a
 * reverse proxy (`NUXT_TRUST_PROXY=true`) the proxy's `X-Forwarded-For` is
 * believed; otherwise the connection's address is used, so that a client
 * cannot choose its own rate-limit key. Never stored or logged.
 * @param event the portal request
 * @returns an IP address, or `unknown`
 */
export function residentAddress(event: H3Event): string {
  const trustProxy = useRuntimeConfig(event).trustProxy === true;
  return getRequestIP(event, { xForwardedFor: trustProxy }) ?? 'unknown';
}

/** Form pages, their results and status lookups are personal: never cached anywhere. */
export function setNoStore(event: H3Event): void {
  setResponseHeaders(event, {
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
  });
}
