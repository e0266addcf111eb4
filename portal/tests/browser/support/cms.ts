import type { TypedDocumentNode } from '@apollo/client';
import {
  DirectoryDocument,
  HomePageDocument,
  type DirectoryQuery,
  type DirectoryQueryVariables,
  type HomePageQuery,
} from '@teilhabe/graphql';
import { print } from 'graphql';
import { cmsOrigin } from './browser';

/**
 * Asks the CMS directly (from Node, not from the browser), so tests compare
 * what the portal shows with what the CMS holds.
 * @param document a typed operation from `@teilhabe/graphql`
 * @param variables its variables
 * @returns the query result
 */
export async function queryCmsDirectly<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables
): Promise<TData> {
  const response = await fetch(`${cmsOrigin()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const result = (await response.json()) as { data?: TData; errors?: unknown };
  if (!result.data) {
    throw new Error(`CMS query failed: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}

/**
 * The home page content of a locale, as the CMS holds it.
 * @param locale a locale code
 * @returns the `HomePage` query result
 */
export function fetchHomeFromCms(locale: string): Promise<HomePageQuery> {
  return queryCmsDirectly(HomePageDocument, { locale });
}

/**
 * One page of the directory as the CMS answers it.
 * @param variables locale, filters, page and page size
 * @returns the `Directory` query result
 */
export async function fetchDirectoryFromCms(
  variables: DirectoryQueryVariables
): Promise<DirectoryQuery['teilhabeDirectory']> {
  return (await queryCmsDirectly(DirectoryDocument, variables)).teilhabeDirectory;
}

/**
 * Every offer of the directory in a locale (all pages).
 * @param locale a locale code
 * @returns the offers as result cards
 */
export async function fetchAllOffersFromCms(
  locale: string
): Promise<DirectoryQuery['teilhabeDirectory']['offers']> {
  const offers: DirectoryQuery['teilhabeDirectory']['offers'] = [];
  for (let page = 1; ; page++) {
    const result = await fetchDirectoryFromCms({ locale, page, pageSize: 50 });
    offers.push(...result.offers);
    if (page >= result.pageCount) {
      return offers;
    }
  }
}
