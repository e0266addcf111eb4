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
   * and a demo admin. Outside demo mode nothing is seeded. Last, the plugin's
   * start-up lock is released: on PostgreSQL, a CMS process starting beside
   * this one has waited until here (see the plugin's `core/startup-lock.ts`).
   */
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    try {
      await strapi.plugin('teilhabe').service('setup').run();
      if (isDemoMode()) {
        await seedDemo(strapi);
      }
    } finally {
      await strapi.plugin('teilhabe').service('startup-lock').release();
    }
  },
};
