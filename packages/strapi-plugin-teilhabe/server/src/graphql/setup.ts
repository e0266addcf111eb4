import type { Core } from '@strapi/types';
import contentTypes from '../content-types';
import { isDirectoryUid } from '../directory/constants';
import { directoryExtension } from './directory';
import { declaredObjectTypes, plainFieldsApolloPlugin } from './plain-fields-plugin';
import { publishedOnlyApolloPlugin } from './published-only-plugin';
import { commonTypeDefs } from './types/common';
import { offerTypeDefs } from './types/offer';
import { resultTypeDefs } from './types/results';

/**
 * Makes the plugin's GraphQL surface read-only and published-only: shadow
 * CRUD keeps the queries and drops every mutation, and an Apollo plugin pins
 * every field's arguments to published content. The directory's types have
 * no shadow CRUD at all: the public reads them only through the directory's
 * own queries, which read the published index and fall back to German text.
 * Runs in `register()`, before the GraphQL plugin builds its server.
 * @param strapi the Strapi instance being registered
 */
export const setupGraphql = (strapi: Core.Strapi): void => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) {
    return;
  }
  const extension = graphql.service('extension');
  for (const name of Object.keys(contentTypes)) {
    const uid = `plugin::teilhabe.${name}`;
    extension.shadowCRUD(uid).disableMutations();
    if (isDirectoryUid(uid)) {
      extension.shadowCRUD(uid).disable();
    }
  }
  extension.use(() => directoryExtension(strapi));
  const apolloServer = strapi.config.get<{ plugins?: unknown[] }>(
    'plugin::graphql.apolloServer',
    {}
  );
  strapi.config.set('plugin::graphql.apolloServer', {
    ...apolloServer,
    plugins: [
      ...(apolloServer.plugins ?? []),
      publishedOnlyApolloPlugin,
      plainFieldsApolloPlugin(
        declaredObjectTypes([commonTypeDefs, offerTypeDefs, resultTypeDefs].join('\n'))
      ),
    ],
  });
};
