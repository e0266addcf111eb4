import type { Core } from '@strapi/types';

/**
 * Plugin bootstrap phase. Locales and public permissions depend on the i18n
 * and users-permissions plugins having bootstrapped, whose order relative to
 * this plugin is not fixed; the app calls `setup.run()` from its own
 * bootstrap, which runs after every plugin's.
 */
const bootstrap = (_context: { strapi: Core.Strapi }): void => {};

export default bootstrap;
