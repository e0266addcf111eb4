import type { Core, Modules } from '@strapi/types';
import { afterCommit } from './after-commit';
import { changesOf, isPluginUid, isWriteAction } from './changes';
import type { ChangeNotificationService } from './service';

/**
 * The Document Service middleware that tells the portals about writes on the
 * plugin's content types. It notes a write only after `next()` succeeded (a
 * failed or refused write changes nothing) and after the commit, and never
 * waits for delivery: an editor's save is not slowed down or failed by a
 * portal that is down. Register it before the plugin's other document
 * middlewares so that it wraps them: the directory's index is rewritten
 * after the write itself, and the portal must be told after that.
 * @param strapi the Strapi instance
 * @returns the middleware
 */
export const changeNotificationMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const result = await next();
    const uid = context.uid as string;
    const { action } = context;
    if (isPluginUid(uid) && isWriteAction(action)) {
      const changes = changesOf(uid, action, context.params, result);
      await afterCommit(strapi, () =>
        (
          strapi.plugin('teilhabe').service('change-notifications') as ChangeNotificationService
        ).note(changes)
      );
    }
    return result;
  };
