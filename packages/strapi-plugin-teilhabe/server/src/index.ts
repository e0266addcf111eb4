import type { Core } from '@strapi/types';
import { changeNotificationMiddleware } from './core/change-notifications/middleware';
import {
  changeNotificationService,
  type ChangeNotificationService,
} from './core/change-notifications/service';
import type { Domain } from './core/domain';
import { setupGraphql } from './core/graphql/setup';
import { registerJsonCustomFields } from './core/custom-fields/register';
import { LOCALIZED_TEXT } from './core/localized-text/custom-field';
import { publicParamsGuard } from './core/public-api/document-params-guard';
import { portalCacheController } from './core/portal-cache/controller';
import { registerPortalCacheAction } from './core/portal-cache/permissions';
import { PORTAL_CACHE_ROUTES } from './core/portal-cache/routes';
import { publishedOnlyMiddleware } from './core/published-only';
import { setupService } from './core/setup-service';
import { sharedStructureSyncMiddleware } from './core/shared-structure-sync';
import { startupLockService, type StartupLockService } from './core/startup-lock';
import { DOMAINS } from './domains';
import { formsKeysService } from './forms/crypto/service';
import { assertFormsKeys } from './forms/crypto/startup-check';

const merged = <K extends 'contentTypes' | 'controllers' | 'services'>(key: K) =>
  Object.assign({}, ...DOMAINS.map((domain) => domain[key] ?? {})) as NonNullable<Domain[K]>;

const notifications = (strapi: Core.Strapi) =>
  strapi.plugin('teilhabe').service('change-notifications') as ChangeNotificationService;

/**
 * The `teilhabe` plugin: the shared core plus its domains (`domains.ts`).
 * The core's Document Service middlewares come first: the change
 * notification sees every write once the domains' middlewares (such as the
 * directory's index) are done, and every domain's reads for the public are
 * pinned to published content and bounded. After a publish, every
 * published locale of a document has the same shared fields.
 */
export default {
  /**
   * Runs before the database schema is synced. On PostgreSQL it first waits
   * for the start-up lock (`core/startup-lock.ts`): migrations, the schema
   * sync and every bootstrap run in one process at a time; the CMS's own
   * `bootstrap()` releases it at its end.
   */
  async register({ strapi }: { strapi: Core.Strapi }): Promise<void> {
    await (strapi.plugin('teilhabe').service('startup-lock') as StartupLockService).acquire();
    registerJsonCustomFields(strapi, [
      LOCALIZED_TEXT,
      ...DOMAINS.flatMap((domain) => domain.customFields ?? []),
    ]);
    strapi.documents.use(changeNotificationMiddleware(strapi));
    strapi.documents.use(publishedOnlyMiddleware(strapi));
    strapi.documents.use(publicParamsGuard(strapi));
    strapi.documents.use(sharedStructureSyncMiddleware(strapi));
    for (const domain of DOMAINS) {
      domain.register?.(strapi);
    }
    setupGraphql(strapi, DOMAINS);
  },
  /**
   * The forms' keys first (no start without them; checked here rather than in
   * `register` so that `strapi ts:generate-types` runs without secrets), the
   * domains' start-up work, then the "cms started" notification: writes of a
   * previous run that crashed before it told the portals are covered by it.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }): Promise<void> {
    assertFormsKeys(strapi);
    await registerPortalCacheAction(strapi);
    for (const domain of DOMAINS) {
      await domain.bootstrap?.(strapi);
    }
    notifications(strapi).announceStart();
  },
  /** `strapi.destroy()`: no timer may outlive Strapi. */
  destroy({ strapi }: { strapi: Core.Strapi }): void {
    notifications(strapi).stop();
    void (strapi.plugin('teilhabe').service('startup-lock') as StartupLockService)
      .release()
      .catch(() => undefined);
    for (const domain of DOMAINS) {
      domain.destroy?.(strapi);
    }
  },
  contentTypes: merged('contentTypes'),
  controllers: { ...merged('controllers'), 'portal-cache': portalCacheController },
  services: {
    ...merged('services'),
    setup: setupService(DOMAINS),
    'change-notifications': changeNotificationService,
    'startup-lock': startupLockService,
    'forms-keys': formsKeysService,
  },
  routes: {
    // Public REST routes under `/api/teilhabe`: reads pinned to published content, and the
    // forms' submissions and status lookups.
    'content-api': {
      type: 'content-api',
      routes: DOMAINS.flatMap((domain) => domain.routes ?? []),
    },
    // The admin panel's API under `/teilhabe`: the caseworkers' inbox, "Portal-Cache leeren".
    admin: {
      type: 'admin',
      routes: [...PORTAL_CACHE_ROUTES, ...DOMAINS.flatMap((domain) => domain.adminRoutes ?? [])],
    },
  },
  config: { default: {}, validator: () => undefined },
  policies: {},
  middlewares: {},
};
