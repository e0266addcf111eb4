import type { AdminRoute } from '../domain';
import { CLEAR_PORTAL_CACHE_ACTION } from './permissions';

/** The admin API's route of "Portal-Cache leeren", under `/teilhabe`. */
export const PORTAL_CACHE_ROUTES: AdminRoute[] = [
  {
    method: 'POST',
    path: '/portal-cache/clear',
    handler: 'portal-cache.clear',
    config: {
      policies: [
        'admin::isAuthenticatedAdmin',
        { name: 'admin::hasPermissions', config: { actions: [CLEAR_PORTAL_CACHE_ACTION] } },
      ],
    },
  },
];
