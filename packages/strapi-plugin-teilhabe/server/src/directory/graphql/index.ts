import type { Core } from '@strapi/types';
import { directoryQuery } from './queries/directory';
import { directoryTaxonomiesQuery } from './queries/directory-taxonomies';
import { offerBySlugQuery } from './queries/offer-by-slug';
import { commonTypeDefs } from './types/common';
import { offerTypeDefs } from './types/offer';
import { resultTypeDefs } from './types/results';

/**
 * The directory's public GraphQL API: three read-only queries over the
 * published index, each requiring its `plugin::teilhabe.directory.*`
 * permission (granted to the public role).
 * @param strapi the Strapi instance being registered
 * @returns the configuration for the GraphQL extension service
 */
export const directoryExtension = (strapi: Core.Strapi) => {
  const queries = [
    directoryQuery(strapi),
    offerBySlugQuery(strapi),
    directoryTaxonomiesQuery(strapi),
  ];
  return {
    typeDefs: [
      commonTypeDefs,
      offerTypeDefs,
      resultTypeDefs,
      ...queries.map((q) => q.typeDefs),
    ].join('\n'),
    resolvers: {
      Query: Object.assign({}, ...queries.map((query) => query.resolvers.Query)),
    },
    resolversConfig: Object.assign({}, ...queries.map((query) => query.resolversConfig)),
  };
};
