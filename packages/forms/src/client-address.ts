import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/** Decides whether an address is a proxy whose `X-Forwarded-For` is believed. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/**
 * Compiles the trusted proxies, a comma-separated list of addresses, CIDR
 * ranges and proxy-addr's names (`loopback`, `linklocal`, `uniquelocal`).
 * An empty list trusts nobody. Throws on an entry that is none of these, so
 * that a typo stops the start instead of opening the rate limit.
 * @param list e.g. `loopback, 10.0.0.0/8`
 * @returns the trust function for {@link clientAddress}
 */
export const compileProxyTrust = (list: string): ProxyTrust => {
  const entries = list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return entries.length > 0 ? proxyaddr.compile(entries) : () => false;
};

/**
 * The client's address for rate limiting: the connection's address, or,
 * where the connection comes from a trusted proxy, the nearest address in
 * `X-Forwarded-For` that is not a trusted proxy itself (proxy-addr walks the
 * header from the right). Entries a client wrote on the left of the header
 * are never believed, and a client that reaches the CMS directly cannot pick
 * its own key. Used by the CMS (the portal is its proxy) and by the portal
 * (behind the city's reverse proxy).
 * @param request the Node request
 * @param trust the compiled trusted proxies
 * @returns an IP address
 */
export const clientAddress = (request: IncomingMessage, trust: ProxyTrust): string =>
  proxyaddr(request, trust);
