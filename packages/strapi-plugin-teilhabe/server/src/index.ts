import type { Core } from '@strapi/types';
import type { Domain } from './core/domain';
import { setupGraphql } from './core/graphql/setup';
import { publicParamsGuard } from './core/public-api/document-params-guard';
import { publishedOnlyMiddleware } from './core/published-only';
import { setupService } from './core/setup-service';
import { DOMAINS } from './domains';

const merged = <K extends 'contentTypes' | 'controllers' | 'services'>(key: K) =>
  Object.assign({}, ...DOMAINS.map((domain) => domain[key] ?? {})) as NonNullable<Domain[K]>;

/**
 * The `teilhabe` plugin: the shared core plus its domains (`domains.ts`).
 * The core's Document Service middlewares come first, so that every domain's
 * reads for the public are pinned to published content and bounded.
 */
export default {
  /** Runs before the database schema is synced. */
  register({ strapi }: { strapi: Core.Strapi }): void {
    strapi.documents.use(publishedOnlyMiddleware(strapi));
    strapi.documents.use(publicParamsGuard(strapi));
    for (const domain of DOMAINS) {
      domain.register?.(strapi);
    }
    setupGraphql(strapi, DOMAINS);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }): Promise<void> {
    for (const domain of DOMAINS) {
      await domain.bootstrap?.(strapi);
    }
  },
  contentTypes: merged('contentTypes'),
  controllers: merged('controllers'),
  services: { ...merged('services'), setup: setupService },
  routes: {
    // Public REST routes under `/api/teilhabe`: reads only, pinned to published content.
    'content-api': {
      type: 'content-api',
      routes: DOMAINS.flatMap((domain) => domain.routes ?? []),
    },
  },
  config: { default: {}, validator: () => undefined },
  policies: {},
  middlewares: {},
};
