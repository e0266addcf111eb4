import type { AdminRoute } from '../../core/domain';

/**
 * The list of forms behind the admin's form choice (an offer's registration
 * form). Form titles are no secret: any signed-in
 * admin user may read them.
 */
export const FORM_CHOICE_ROUTES: AdminRoute[] = [
  {
    method: 'GET',
    path: '/forms/choices',
    handler: 'forms-choices.list',
    config: { policies: ['admin::isAuthenticatedAdmin'] },
  },
];
