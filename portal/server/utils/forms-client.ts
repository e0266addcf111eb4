import type { H3Event } from 'h3';
import { clientAddress, compileProxyTrust, type ProxyTrust } from '@teilhabe/forms/node';

// Per process: the runtime config does not change while it runs.
let compiled: { list: string; trust: ProxyTrust } | undefined;

/**
 * The resident's address as the CMS's rate limiting needs it: the
 * connection's, or behind the city's reverse proxy (its addresses in
 * `NUXT_TRUSTED_PROXIES`) the address that proxy reports. Entries a client
 * wrote into `X-Forwarded-For` itself are never believed, so that it cannot
 * choose its own rate-limit key. Never stored or logged.
 * @param event the portal request
 * @returns an IP address
 */
export function residentAddress(event: H3Event): string {
  const list = String(useRuntimeConfig(event).trustedProxies ?? '');
  if (compiled?.list !== list) {
    compiled = { list, trust: compileProxyTrust(list) };
  }
  return clientAddress(event.node.req, compiled.trust);
}

/** Form pages, their results and status lookups are personal: never cached anywhere. */
export function setNoStore(event: H3Event): void {
  setResponseHeaders(event, {
    'Cache-Control': 'no-store',
    Pragma: 'no-cache',
  });
}
