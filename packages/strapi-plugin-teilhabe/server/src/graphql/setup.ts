import type { Core } from '@strapi/types';
import contentTypes from '../content-types';
import { publishedOnlyApolloPlugin } from './published-only-plugin';

/**
 * Makes the plugin's GraphQL surface read-only and published-only: shadow
 * CRUD keeps the queries and drops every mutation, and an Apollo plugin pins
 * every field's arguments to published content. Runs in `register()`, before
 * the GraphQL plugin builds its server.
 * @param strapi the Strapi instance being registered
 */
export const setupGraphql = (strapi: Core.Strapi): void => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) {
    return;
  }
  const extension = graphql.service('extension');
  for (const name of Object.keys(contentTypes)) {
    extension.shadowCRUD(`plugin::teilhabe.${name}`).disableMutations();
  }
  const apolloServer = strapi.config.get<{ plugins?: unknown[] }>(
    'plugin::graphql.apolloServer',
    {}
  );
  strapi.config.set('plugin::graphql.apolloServer', {
    ...apolloServer,
    plugins: [...(apolloServer.plugins ?? []), publishedOnlyApolloPlugin],
  });
};
