import path from 'node:path';
import { createStrapi, type Core } from '@strapi/strapi';
import request from 'supertest';
import { generateSecrets } from '../../../scripts/secrets.cjs';
import { createTestDatabase, type TestDatabase } from './test-database';

export const CMS_DIR = path.resolve(__dirname, '..', '..', '..');

/** A real Strapi, loaded from the built cms, on its own database. */
export interface TestStrapi {
  strapi: Core.Strapi;
  database: TestDatabase;
  /** POSTs a GraphQL operation as the public (unauthenticated) role. */
  graphql(query: string, variables?: Record<string, unknown>): Promise<request.Response>;
  /** GETs a REST path as the public role. */
  get(url: string): Promise<request.Response>;
  stop(): Promise<void>;
}

/**
 * Boots the built cms (`cms/dist`) on a fresh database and mounts its HTTP
 * server for supertest. Nothing is seeded; demo mode is off.
 * @param given a database to boot on instead of an empty one (it is dropped on `stop()` too)
 * @returns the running instance; call `stop()` in `afterAll`
 */
export const startTestStrapi = async (given?: TestDatabase): Promise<TestStrapi> => {
  const database = given ?? (await createTestDatabase());
  Object.assign(process.env, {
    ...generateSecrets(),
    TEILHABE_DEMO: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    STRAPI_STARTUP_MESSAGE: 'false',
    ...database.env,
  });
  const strapi = createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') });
  try {
    await strapi.load();
    await strapi.server.mount();
  } catch (error) {
    await strapi.destroy().catch(() => undefined);
    await database.drop();
    throw error;
  }
  const server = strapi.server.httpServer;
  return {
    strapi,
    database,
    graphql: (query, variables = {}) =>
      request(server)
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query, variables }),
    get: (url) => request(server).get(url),
    stop: async () => {
      await strapi.destroy();
      await database.drop();
    },
  };
};
