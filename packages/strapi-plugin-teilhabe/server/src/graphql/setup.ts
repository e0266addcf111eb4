import type { Core } from '@strapi/types';
import contentTypes from '../content-types';
import { isDirectoryUid } from '../directory/constants';
import { publicApolloConfig } from '../public-api/apollo-config';
import { servePublicSchema } from '../public-api/public-schema';
import { directoryExtension } from './directory';
import { declaredObjectTypes, plainFieldsApolloPlugin } from './plain-fields-plugin';
import { publishedOnlyApolloPlugin } from './published-only-plugin';
import { commonTypeDefs } from './types/common';
import { offerTypeDefs } from './types/offer';
import { resultTypeDefs } from './types/results';

interface ApolloServerConfig {
  plugins?: unknown[];
  validationRules?: unknown[];
}

/**
 * Makes the plugin's GraphQL surface read-only, published-only and bounded:
 * shadow CRUD keeps the queries and drops every mutation, the served schema
 * is cut down to the plugin's queries (`public-api/public-schema.ts`), an
 * Apollo plugin pins every field's arguments to published content, and the
 * public API's limits and error formatting are added to Apollo's
 * configuration (`public-api/apollo-config.ts`). The directory's types have
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
  servePublicSchema(graphql.service('content-api'));

  const apolloServer = strapi.config.get<ApolloServerConfig>('plugin::graphql.apolloServer', {});
  const bounds = publicApolloConfig(
    {
      defaultLimit: strapi.config.get<number>('plugin::graphql.defaultLimit', 25),
      maxLimit: strapi.config.get<number>('plugin::graphql.maxLimit', 100),
    },
    process.env.NODE_ENV === 'development',
    (error) => strapi.log.error(error instanceof Error ? error.message : String(error))
  );
  strapi.config.set('plugin::graphql.apolloServer', {
    ...apolloServer,
    ...bounds,
    validationRules: [...(apolloServer.validationRules ?? []), ...bounds.validationRules],
    plugins: [
      ...(apolloServer.plugins ?? []),
      ...bounds.plugins,
      publishedOnlyApolloPlugin,
      plainFieldsApolloPlugin(
        declaredObjectTypes([commonTypeDefs, offerTypeDefs, resultTypeDefs].join('\n'))
      ),
    ],
  });
};
