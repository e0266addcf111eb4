import type { Core } from '@strapi/types';
import { ensureLocales, PORTAL_LOCALES } from './locales';
import { disableSelfRegistration, restrictPublicRole } from './public-permissions';

/**
 * Set-up tasks, reachable as `strapi.plugin('teilhabe').service('setup')`.
 * Locales and public permissions depend on the i18n and users-permissions
 * plugins having bootstrapped, whose order relative to this plugin is not
 * fixed; the app calls `run()` from its own bootstrap, after every plugin's.
 */
export const setupService = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Locales, the public role's exact permissions, no sign-up; idempotent, run on every start. */
  run: async () => {
    await ensureLocales(strapi);
    await restrictPublicRole(strapi);
    await disableSelfRegistration(strapi);
  },
  locales: () => PORTAL_LOCALES,
});

export type SetupService = ReturnType<typeof setupService>;
