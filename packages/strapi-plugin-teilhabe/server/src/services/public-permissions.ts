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
  'plugin::teilhabe.directory.find',
  'plugin::teilhabe.directory.findOne',
  'plugin::teilhabe.directory.taxonomies',
  'plugin::i18n.locales.listLocales',
];

/**
 * Grants {@link PUBLIC_ACTIONS} to the public role where missing. Idempotent.
 * @param strapi the running Strapi instance
 * @returns the actions that were granted now
 */
export const grantPublicRead = async (strapi: Core.Strapi): Promise<string[]> => {
  const role = await strapi.db
    .query('plugin::users-permissions.role')
    .findOne({ where: { type: 'public' } });
  if (!role) {
    throw new Error('The users-permissions public role is missing.');
  }
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const existing = await permissions.findMany({ where: { role: role.id }, select: ['action'] });
  const granted = new Set(existing.map((permission: { action: string }) => permission.action));
  const missing = PUBLIC_ACTIONS.filter((action) => !granted.has(action));
  for (const action of missing) {
    await permissions.create({ data: { action, role: role.id } });
  }
  return missing;
};
