import { HomePageDocument, type HomePageQuery } from '@teilhabe/graphql';
import { print } from 'graphql';
import { cmsOrigin } from './browser';

/**
 * Asks the CMS directly (from Node, not from the browser) for the home page
 * content, so tests compare what the portal shows with what the CMS holds.
 * @param locale a locale code
 * @returns the `HomePage` query result
 */
export async function fetchHomeFromCms(locale: string): Promise<HomePageQuery> {
  const response = await fetch(`${cmsOrigin()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(HomePageDocument), variables: { locale } }),
  });
  const result = (await response.json()) as { data?: HomePageQuery; errors?: unknown };
  if (!result.data) {
    throw new Error(`HomePage query failed: ${JSON.stringify(result.errors)}`);
  }
  return result.data;
}
