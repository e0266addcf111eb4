import { factories } from '@strapi/strapi';
import type { Core } from '@strapi/types';
import { changeNotificationService } from '../change-notifications/service';
import { createIndexer } from '../search/indexer';
import directory from './directory';
import { ensureLocales, PORTAL_LOCALES } from './locales';
import { grantPublicRead } from './public-permissions';

/** Set-up tasks, reachable as `strapi.plugin('teilhabe').service('setup')`. */
const setup = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Locales and public read permissions; idempotent, run on every start. */
  run: async () => {
    await ensureLocales(strapi);
    await grantPublicRead(strapi);
  },
  locales: () => PORTAL_LOCALES,
});

export type SetupService = ReturnType<typeof setup>;

// Spelled out so that the emitted declarations do not point into pnpm's store.
type ServiceFactory = (params: { strapi: Core.Strapi }) => object;

/** Core services (used by the REST controllers) plus the plugin's own. */
const services: Record<string, ServiceFactory> = {
  page: factories.createCoreService('plugin::teilhabe.page'),
  'life-situation': factories.createCoreService('plugin::teilhabe.life-situation'),
  'site-setting': factories.createCoreService('plugin::teilhabe.site-setting'),
  setup,
  directory,
  'directory-index': ({ strapi }) => createIndexer(strapi),
  'change-notifications': changeNotificationService,
};

export default services;
