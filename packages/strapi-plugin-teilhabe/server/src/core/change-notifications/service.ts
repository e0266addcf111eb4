import type { Core } from '@strapi/types';
import type { ContentChange } from './changes';
import { readChangeNotificationConfig } from './config';
import { createChangeNotifier, type ChangeNotifier } from './notifier';

/** `strapi.plugin('teilhabe').service('change-notifications')`. */
export interface ChangeNotificationService {
  /** Queues writes for the portals; a no-op when notifications are off. */
  note(changes: readonly ContentChange[]): void;
  /**
   * Tells every portal to drop its whole cache (the admin's "Portal-Cache
   * leeren"). Returns at once; delivery is retried like any notification.
   * @returns the number of portals told, or `null` when notifications are off
   */
  clearPortalCaches(): number | null;
  /** At bootstrap: reports the configuration once and queues "cms started". */
  announceStart(): void;
  /** At destroy: clears the notifier's timers. */
  stop(): void;
}

/**
 * The plugin service that owns the notifier, configured from the environment
 * (see `config.ts`) when the plugin loads.
 * @param params the Strapi instance
 * @returns the service
 */
export const changeNotificationService = ({
  strapi,
}: {
  strapi: Core.Strapi;
}): ChangeNotificationService => {
  const config = readChangeNotificationConfig();
  const notifier: ChangeNotifier | null = config.enabled
    ? createChangeNotifier({ urls: config.urls, secret: config.secret, log: strapi.log })
    : null;
  return {
    note(changes) {
      notifier?.note(changes);
    },
    clearPortalCaches() {
      if (!config.enabled || !notifier) {
        return null;
      }
      notifier.noteCacheCleared();
      return config.urls.length;
    },
    announceStart() {
      if (!config.enabled) {
        const message = `[teilhabe] Change notifications to portals are off: ${config.reason}.`;
        if (config.misconfigured) {
          strapi.log.warn(message);
        } else {
          strapi.log.info(message);
        }
        return;
      }
      strapi.log.info(`[teilhabe] Change notifications go to ${config.urls.length} portal(s).`);
      notifier?.noteStarted();
    },
    stop() {
      notifier?.stop();
    },
  };
};
