import type { Core } from '@strapi/types';
import type { ChangeNotificationService } from './change-notifications/service';
import type { Indexer } from './search/indexer';

/**
 * Plugin bootstrap phase: creates or migrates the directory's search index
 * (and rebuilds it when empty or outdated). Locales and public permissions
 * depend on the i18n and users-permissions plugins having bootstrapped,
 * whose order relative to this plugin is not fixed; the app calls
 * `setup.run()` from its own bootstrap, which runs after every plugin's.
 * Then queues the "cms started" notification: writes of a previous run that
 * crashed before it told the portals are covered by it.
 */
const bootstrap = async ({ strapi }: { strapi: Core.Strapi }): Promise<void> => {
  await (strapi.plugin('teilhabe').service('directory-index') as Indexer).ensure();
  (
    strapi.plugin('teilhabe').service('change-notifications') as ChangeNotificationService
  ).announceStart();
};

export default bootstrap;
