import type { Core } from '@strapi/types';
import type { Indexer } from './search/indexer';

/**
 * Plugin bootstrap phase: creates or migrates the directory's search index
 * (and rebuilds it when empty or outdated). Locales and public permissions
 * depend on the i18n and users-permissions plugins having bootstrapped,
 * whose order relative to this plugin is not fixed; the app calls
 * `setup.run()` from its own bootstrap, which runs after every plugin's.
 */
const bootstrap = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  await (strapi.plugin('teilhabe').service('directory-index') as Indexer).ensure();
};

export default bootstrap;
