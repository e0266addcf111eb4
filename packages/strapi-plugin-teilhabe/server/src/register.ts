import type { Core } from '@strapi/types';
import { changeNotificationMiddleware } from './change-notifications/middleware';
import { directoryDocumentMiddleware } from './directory/document-middleware';
import { setupGraphql } from './graphql/setup';
import type { Indexer } from './search/indexer';
import { publishedOnlyMiddleware } from './services/published-only';

/** Plugin register phase: runs before the database schema is synced. */
const register = ({ strapi }: { strapi: Core.Strapi }): void => {
  strapi.documents.use(changeNotificationMiddleware(strapi));
  strapi.documents.use(publishedOnlyMiddleware(strapi));
  strapi.documents.use(
    directoryDocumentMiddleware(
      strapi,
      () => strapi.plugin('teilhabe').service('directory-index') as Indexer
    )
  );
  setupGraphql(strapi);
};

export default register;
