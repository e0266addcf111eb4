import autocannon from 'autocannon';
import type { DirectoryVisit } from './workload.ts';

/** What one load run measured. */
export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx answers, socket errors, timeouts and answers carrying GraphQL errors. */
  failures: number;
  /** Resident memory of the CMS after the run, MiB. */
  cmsMemoryMiB?: number;
}

const body = (query: string, visit: DirectoryVisit) =>
  JSON.stringify({ operationName: 'Directory', query, variables: visit.variables });

const headers = { 'content-type': 'application/json' };

/**
 * Sends each visit once and checks the answer: no GraphQL error, offers found.
 * @returns the total number of offers each visit found, by visit name
 */
export const checkVisits = async (
  url: string,
  query: string,
  visits: DirectoryVisit[]
): Promise<Record<string, number>> => {
  const totals: Record<string, number> = {};
  for (const visit of visits) {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers,
      body: body(query, visit),
    });
    const json = (await response.json()) as {
      data?: { teilhabeDirectory?: { total: number; offers: unknown[] } };
      errors?: Array<{ message: string }>;
    };
    const result = json.data?.teilhabeDirectory;
    if (!response.ok || json.errors || !result || result.offers.length === 0) {
      throw new Error(
        `Visit "${visit.name}" failed (${response.status}): ${JSON.stringify(json.errors ?? json)}`
      );
    }
    totals[visit.name] = result.total;
  }
  return totals;
};

/**
 * Puts the CMS under load: every connection sends the visits in turn, as
 * fast as answers come back, for the given time.
 * @param url the CMS base URL
 * @param query the `Directory` operation with its fragments
 * @param visits the requests to cycle through
 * @param connections concurrent connections
 * @param seconds how long
 */
export const runLoad = async (
  url: string,
  query: string,
  visits: DirectoryVisit[],
  connections: number,
  seconds: number
): Promise<LoadResult> => {
  let graphqlErrors = 0;
  const onResponse = (status: number, text: string) => {
    if (status === 200 && text.includes('"errors"')) {
      graphqlErrors += 1;
    }
  };
  const result = await autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    timeout: 30,
    requests: visits.map((visit) => ({
      method: 'POST',
      path: '/graphql',
      headers,
      body: body(query, visit),
      onResponse,
    })),
  });
  return {
    connections,
    seconds,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts + graphqlErrors,
  };
};
