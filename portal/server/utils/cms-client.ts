import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** How long the portal waits for the CMS before it answers with 503. */
const CMS_TIMEOUT_MS = 8000;

/**
 * Localized entries share their `documentId` across locales, so a cache key of
 * `documentId` alone would let the German entry overwrite the Arabic one.
 * Objects without both fields (e.g. `localizations { locale }`) stay unnormalized.
 */
function documentIdAndLocale(object: Readonly<Record<string, unknown>>): string | false {
  const { __typename, documentId, locale } = object;
  return typeof documentId === 'string' && typeof locale === 'string'
    ? `${String(__typename)}:${documentId}:${locale}`
    : false;
}

function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      TeilhabeSiteSetting: { keyFields: documentIdAndLocale },
      TeilhabePage: { keyFields: documentIdAndLocale },
      TeilhabeLifeSituation: { keyFields: documentIdAndLocale },
      TeilhabeDirectoryOffer: { keyFields: documentIdAndLocale },
    },
  });
}

// Keeps Apollo's own abort signal (set when a query is cancelled) and adds the timeout.
const fetchWithTimeout: typeof fetch = (input, init) => {
  const timeout = AbortSignal.timeout(CMS_TIMEOUT_MS);
  const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  return fetch(input, { ...init, signal });
};

/**
 * Creates an Apollo client for the CMS's GraphQL API. Call it per request:
 * clients hold no state shared between visitors, and the browser never gets one.
 * @param url the GraphQL endpoint (runtime config `cmsGraphqlUrl`)
 * @returns a client that always asks the CMS (`no-cache`); the portal's cached
 *   functions do the caching (server/utils/content-cache.ts)
 */
export function createCmsClient(url: string): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: url, fetch: fetchWithTimeout }),
    cache: createCache(),
    defaultOptions: {
      query: { fetchPolicy: 'no-cache' },
    },
  });
}
