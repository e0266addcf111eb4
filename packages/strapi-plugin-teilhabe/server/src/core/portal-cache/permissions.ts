import type { Core } from '@strapi/types';

/** The admin permission "Portal-Cache leeren"; only the super admin holds it unless granted. */
export const CLEAR_PORTAL_CACHE_ACTION = 'plugin::teilhabe.portal-cache.clear';

interface ActionProvider {
  registerMany(actions: object[]): Promise<void>;
}

/**
 * Registers the permission, so that Settings → Roles shows it under
 * "Plugins → Teilhabe" in German.
 * @param strapi the Strapi instance, in bootstrap
 */
export const registerPortalCacheAction = async (strapi: Core.Strapi): Promise<void> => {
  const provider = (strapi.service('admin::permission') as { actionProvider: ActionProvider })
    .actionProvider;
  await provider.registerMany([
    {
      section: 'plugins',
      displayName: 'Portal-Cache leeren: alle Portale verwerfen ihre zwischengespeicherten Seiten',
      uid: 'portal-cache.clear',
      pluginName: 'teilhabe',
    },
  ]);
};
