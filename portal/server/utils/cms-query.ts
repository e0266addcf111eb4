import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { H3Event } from 'h3';

/**
 * Runs one GraphQL query against the CMS on behalf of a portal request.
 * Failures become a 503 without details: the visitor sees the localized error
 * page, the log gets the reason, and no CMS internals reach the browser.
 * @param event the portal request
 * @param query a typed operation from `@teilhabe/graphql`
 * @param variables the operation's variables
 * @returns the query result
 */
export async function queryCms<TData, TVariables extends OperationVariables>(
  event: H3Event,
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables
): Promise<TData> {
  const client = createCmsClient(useRuntimeConfig(event).cmsGraphqlUrl);
  try {
    const { data } = await client.query({ query, variables });
    return data as TData;
  } catch (error) {
    logServerError(`[cms] query failed: ${error instanceof Error ? error.message : String(error)}`);
    throw createError({ statusCode: 503, statusMessage: 'Content service unavailable' });
  } finally {
    client.stop();
  }
}
