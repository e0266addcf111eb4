import type { Core } from '@strapi/types';
import { PORTAL_LOCALES } from '@teilhabe/locales';
import { configureAdminLabels } from './admin-labels-config';
import type { Domain } from './domain';
import { ensureLocales } from './locales';
import { disableSelfRegistration, restrictPublicRole } from './public-permissions';

/**
 * Set-up tasks of the given domains, reachable as `strapi.plugin('teilhabe').service('setup')`.
 * Locales and public permissions depend on the i18n and users-permissions
 * plugins having bootstrapped, whose order relative to this plugin is not
 * fixed; the app calls `run()` from its own bootstrap, after every plugin's.
 */
export const setupService =
  (domains: readonly Domain[]) =>
  ({ strapi }: { strapi: Core.Strapi }) => ({
    /**
     * Locales, the public role's exact permissions, no sign-up, the admin's
     * German labels; idempotent, run on every start.
     */
    run: async () => {
      await ensureLocales(strapi);
      await restrictPublicRole(strapi);
      await disableSelfRegistration(strapi);
      await configureAdminLabels(
        strapi,
        Object.assign({}, ...domains.map((domain) => domain.adminLabels ?? {}))
      );
    },
    locales: () => PORTAL_LOCALES,
  });

export type SetupService = ReturnType<ReturnType<typeof setupService>>;
