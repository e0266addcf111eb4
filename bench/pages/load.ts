import type { IncomingHttpHeaders } from 'node:http';
import autocannon from 'autocannon';

/** What one load run on one page measured. */
export interface PageLoad {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx answers, socket errors and timeouts. */
  failures: number;
  /** Share of answers with `X-Teilhabe-Cache: HIT`, `null` where the header is not sent. */
  hitRatio: number | null;
}

/**
 * Loads one URL with autocannon (GET, keep-alive) and counts the page
 * cache's answers.
 * @param url the full URL
 * @param connections concurrent connections
 * @param seconds how long
 */
export const loadPage = async (
  url: string,
  connections: number,
  seconds: number
): Promise<PageLoad> => {
  let hits = 0;
  let marked = 0;
  const onResponse = (
    _status: number,
    _body: string,
    _context: object,
    headers: IncomingHttpHeaders | undefined
  ) => {
    const cache = headers?.['x-teilhabe-cache'];
    if (cache !== undefined) {
      marked += 1;
      if (cache === 'HIT') {
        hits += 1;
      }
    }
  };
  const { pathname, search, origin } = new URL(url);
  const result = await autocannon({
    url: origin,
    connections,
    duration: seconds,
    timeout: 30,
    requests: [{ method: 'GET', path: `${pathname}${search}`, onResponse }],
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
    hitRatio: marked === 0 ? null : Math.round((hits / marked) * 1000) / 1000,
  };
};
