import type { Core } from '@strapi/types';
import type { Domain } from '../domain';
import { publicApolloConfig } from '../public-api/apollo-config';
import { servePublicSchema } from '../public-api/public-schema';
import { declaredObjectTypes, plainFieldsApolloPlugin } from './plain-fields-plugin';
import { publishedOnlyApolloPlugin } from './published-only-plugin';

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
 * configuration (`public-api/apollo-config.ts`). A domain may keep its
 * types out of shadow CRUD entirely (the directory: the public reads it only
 * through its own queries over the published index) and add its own queries.
 * Runs in `register()`, before the GraphQL plugin builds its server.
 * @param strapi the Strapi instance being registered
 * @param domains the plugin's domains
 */
export const setupGraphql = (strapi: Core.Strapi, domains: readonly Domain[]): void => {
  const graphql = strapi.plugin('graphql');
  if (!graphql) {
    return;
  }
  const extension = graphql.service('extension');
  for (const domain of domains) {
    for (const name of Object.keys(domain.contentTypes)) {
      const uid = `plugin::teilhabe.${name}`;
      extension.shadowCRUD(uid).disableMutations();
      if (domain.withoutShadowCrud?.includes(uid)) {
        extension.shadowCRUD(uid).disable();
      }
    }
    const graphqlExtension = domain.graphql;
    if (graphqlExtension) {
      extension.use(() => graphqlExtension(strapi));
    }
  }
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
        declaredObjectTypes(domains.map((domain) => domain.plainTypeDefs ?? '').join('\n'))
      ),
    ],
  });
};
