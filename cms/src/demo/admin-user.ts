import type { Core } from '@strapi/strapi';

export const DEMO_ADMIN_EMAIL = 'admin@teilhabe.example';

interface AdminUserService {
  exists(attributes?: object): Promise<boolean>;
  create(attributes: object): Promise<unknown>;
}
interface AdminRoleService {
  getSuperAdmin(): Promise<{ id: number } | null>;
}

/**
 * Creates the demo super admin when no admin exists yet. The password comes
 * from `TEILHABE_DEMO_ADMIN_PASSWORD`, which `npm start` generates into the
 * untracked `cms/.env`; it is never committed and never logged here.
 * @param strapi the bootstrapped Strapi instance
 */
export const ensureDemoAdmin = async (strapi: Core.Strapi): Promise<void> => {
  const password = process.env.TEILHABE_DEMO_ADMIN_PASSWORD;
  if (!password) {
    return;
  }
  const users = strapi.service('admin::user') as unknown as AdminUserService;
  if (await users.exists()) {
    return;
  }
  const superAdmin = await (
    strapi.service('admin::role') as unknown as AdminRoleService
  ).getSuperAdmin();
  if (!superAdmin) {
    return;
  }
  await users.create({
    email: DEMO_ADMIN_EMAIL,
    firstname: 'Demo',
    lastname: 'Redaktion',
    password,
    isActive: true,
    roles: [superAdmin.id],
    preferedLanguage: 'de',
  });
};
