import type { Core } from '@strapi/types';
import { setupGraphql } from './graphql/setup';
import { publishedOnlyMiddleware } from './services/published-only';

/** Plugin register phase: runs before the database schema is synced. */
const register = ({ strapi }: { strapi: Core.Strapi }): void => {
  strapi.documents.use(publishedOnlyMiddleware(strapi));
  setupGraphql(strapi);
};

export default register;
