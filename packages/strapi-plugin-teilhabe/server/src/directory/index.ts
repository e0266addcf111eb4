import { DIRECTORY_LABELS, DIRECTORY_OPTIONS } from './admin-labels';
import { readRoute, type ControllerFactory, type Domain } from '../core/domain';
import { DIRECTORY_UIDS } from './constants';
import { guardedController } from '../core/public-api/guarded-controller';
import contentTypes from './content-types';
import controller from './controller';
import { DIRECTORY_CUSTOM_FIELDS } from './custom-fields';
import { directoryDocumentMiddleware } from './document-middleware';
import { directoryExtension } from './graphql';
import { commonTypeDefs } from './graphql/types/common';
import { offerTypeDefs } from './graphql/types/offer';
import { resultTypeDefs } from './graphql/types/results';
import { createIndexer, type Indexer } from './search/indexer';
import service from './service';

const indexer = (strapi: Parameters<NonNullable<Domain['register']>>[0]) =>
  strapi.plugin('teilhabe').service('directory-index') as Indexer;

/**
 * The integration service directory: offers with their providers,
 * locations, contacts and taxonomies, a search index of published offers,
 * and its own read-only queries (GraphQL and REST) over that index. Its
 * content types have no generated GraphQL queries.
 */
export const directoryDomain: Domain = {
  adminLabels: DIRECTORY_LABELS,
  adminOptions: DIRECTORY_OPTIONS,
  contentTypes,
  customFields: DIRECTORY_CUSTOM_FIELDS,
  controllers: { directory: guardedController(controller as unknown as ControllerFactory) },
  services: {
    directory: service,
    'directory-index': ({ strapi }) => createIndexer(strapi),
  },
  routes: [
    readRoute('/directory', 'directory.find'),
    readRoute('/directory/taxonomies', 'directory.taxonomies'),
    readRoute('/directory/offers/:slug', 'directory.findOne'),
  ],
  withoutShadowCrud: Object.values(DIRECTORY_UIDS),
  graphql: directoryExtension,
  plainTypeDefs: [commonTypeDefs, offerTypeDefs, resultTypeDefs].join('\n'),
  register: (strapi) => {
    strapi.documents.use(directoryDocumentMiddleware(strapi, () => indexer(strapi)));
  },
  // Creates or migrates the search index, and rebuilds it when empty or outdated.
  bootstrap: (strapi) => indexer(strapi).ensure(),
};
