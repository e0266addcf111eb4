import type { Core } from '@strapi/types';
import type { ChangeNotificationService } from '../change-notifications/service';

/** What the admin page shows after the action. */
export interface ClearPortalCacheResult {
  /** The number of portals that are being told. */
  portals: number;
}

/**
 * `POST /teilhabe/portal-cache/clear` (admin API, permission
 * `portal-cache.clear`): tells every portal to drop all cached pages and CMS
 * answers, through the signed change notification they already receive.
 * Answers at once; each portal gets it within seconds, retried while it is
 * down. A 409 with a German message when no portal is configured.
 * @param params the Strapi instance
 * @returns the controller
 */
export const portalCacheController = ({ strapi }: { strapi: Core.Strapi }): Core.Controller => ({
  async clear(ctx: { body: unknown; status: number }) {
    const notifications = strapi
      .plugin('teilhabe')
      .service('change-notifications') as ChangeNotificationService;
    const portals = notifications.clearPortalCaches();
    if (portals === null) {
      ctx.status = 409;
      ctx.body = {
        error: {
          status: 409,
          name: 'ConflictError',
          message:
            'Es ist kein Portal eingerichtet, das benachrichtigt werden kann. Bitte wenden Sie sich an den Betrieb.',
        },
      };
      return;
    }
    strapi.log.info(`[teilhabe] Portal cache cleared by an administrator (${portals} portal(s)).`);
    ctx.body = { portals } satisfies ClearPortalCacheResult;
  },
});
