import type { Core } from '@strapi/types';

/** The admin permission of the inbox: caseworkers hold it, editors do not. */
export const INBOX_ACTION = 'plugin::teilhabe.inbox.read';
/** The admin permission of the access log: administrators hold it. */
export const ACCESS_LOG_ACTION = 'plugin::teilhabe.access-log.read';

interface ActionProvider {
  registerMany(actions: object[]): Promise<void>;
}

/**
 * Registers the inbox's admin permissions, so that Settings → Roles shows
 * them under "Plugins → Teilhabe" in German. Holding the inbox permission
 * opens only the forms a user is assigned to.
 * @param strapi the Strapi instance, in bootstrap
 */
export const registerInboxActions = async (strapi: Core.Strapi): Promise<void> => {
  const provider = (strapi.service('admin::permission') as { actionProvider: ActionProvider })
    .actionProvider;
  await provider.registerMany([
    {
      section: 'plugins',
      displayName: 'Posteingang: Einsendungen der zugeordneten Formulare lesen und bearbeiten',
      uid: 'inbox.read',
      pluginName: 'teilhabe',
    },
    {
      section: 'plugins',
      displayName: 'Zugriffsprotokoll der Einsendungen einsehen',
      uid: 'access-log.read',
      pluginName: 'teilhabe',
    },
  ]);
};

/**
 * The policies of an admin route that needs a permission.
 * @param action an action, or an action with its subject (a content type)
 */
export const adminPolicies = (action: string | [string, string]) => [
  'admin::isAuthenticatedAdmin',
  { name: 'admin::hasPermissions', config: { actions: [action] } },
];
