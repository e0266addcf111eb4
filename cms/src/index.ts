import type { Core } from '@strapi/strapi';
import { registerPluginSchemaGuard } from './guards/plugin-schema-guard';
import { isDemoMode } from './demo/mode';
import { seedDemo } from './demo/seed';

export default {
  /** Runs before the database schema is synced: the place for the plugin guard. */
  register({ strapi }: { strapi: Core.Strapi }) {
    registerPluginSchemaGuard(strapi);
  },

  /**
   * Runs after every plugin has bootstrapped: locales and public read
   * permissions (idempotent), then, in demo mode only, sample content once
   * and a demo admin. Outside demo mode nothing is seeded.
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await strapi.plugin('teilhabe').service('setup').run();
    if (isDemoMode()) {
      await seedDemo(strapi);
    }
  },
};
