import type { Core } from '@strapi/types';

/**
 * What the public (unauthenticated) role may do: read published content of
 * the plugin and list the locales. Nothing else is granted by the project.
 */
export const PUBLIC_ACTIONS: readonly string[] = [
  'plugin::teilhabe.page.find',
  'plugin::teilhabe.page.findOne',
  'plugin::teilhabe.life-situation.find',
  'plugin::teilhabe.life-situation.findOne',
  'plugin::teilhabe.site-setting.find',
  'plugin::teilhabe.glossary-term.find',
  'plugin::teilhabe.glossary-term.findOne',
  'plugin::teilhabe.directory.find',
  'plugin::teilhabe.directory.findOne',
  'plugin::teilhabe.directory.taxonomies',
  'plugin::teilhabe.forms.list',
  'plugin::teilhabe.forms.findOne',
  'plugin::teilhabe.forms.statistics',
  'plugin::teilhabe.comments.list',
  'plugin::teilhabe.concept.find',
  'plugin::i18n.locales.listLocales',
];

/** What changed on the public role. */
export interface PublicRoleChanges {
  granted: string[];
  revoked: string[];
}

/**
 * Makes the public role's permissions exactly {@link PUBLIC_ACTIONS}: grants
 * the missing ones and revokes every other, such as the sign-up, login and
 * password-reset routes users-permissions grants by default. Idempotent.
 * @param strapi the running Strapi instance
 * @returns the actions granted and revoked now
 */
export const restrictPublicRole = async (strapi: Core.Strapi): Promise<PublicRoleChanges> => {
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  if (!role) {
    throw new Error('The users-permissions public role is missing.');
  }
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const existing: Array<{ id: number; action: string }> = await permissions.findMany({
    where: { role: role.id },
    select: ['id', 'action'],
  });
  const allowed = new Set(PUBLIC_ACTIONS);
  const extra = existing.filter((permission) => !allowed.has(permission.action));
  if (extra.length > 0) {
    await permissions.deleteMany({ where: { id: { $in: extra.map(({ id }) => id) } } });
  }
  const granted = new Set(existing.map((permission) => permission.action));
  const missing = PUBLIC_ACTIONS.filter((action) => !granted.has(action));
  for (const action of missing) {
    await permissions.create({ data: { action, role: role.id } });
  }
  return { granted: missing, revoked: extra.map(({ action }) => action) };
};

/**
 * Turns off sign-up through users-permissions (`POST /api/auth/local/register`
 * and the GraphQL `register` mutation): residents need no account, and an
 * open sign-up would store e-mail addresses of anyone. Run on every start,
 * after users-permissions has written its defaults.
 * @param strapi the running Strapi instance
 */
export const disableSelfRegistration = async (strapi: Core.Strapi): Promise<void> => {
  const store = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = ((await store.get({})) ?? {}) as Record<string, unknown>;
  if (advanced.allow_register !== false) {
    await store.set({ value: { ...advanced, allow_register: false } });
  }
};
