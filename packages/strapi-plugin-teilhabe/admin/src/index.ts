import { CUSTOM_FIELDS, type CustomField } from './custom-fields';
import { formDefinitionField } from './form-builder/form-definition-field';
import { lockSharedStructure } from './edit-view/shared-structure';
import { Mail } from '@strapi/icons';
import { ACCESS_LOG_PERMISSIONS, INBOX_PERMISSIONS } from './inbox/permissions';
import { messageId, PLUGIN_ID } from './plugin-id';
import { PORTAL_CACHE_PERMISSIONS } from './portal-cache/permissions';
import { INBOX_MESSAGES } from './translations/inbox';
import { PORTAL_CACHE_MESSAGES } from './translations/portal-cache';
import { adminMessages } from './translations/messages';

interface AdminApp {
  registerPlugin(plugin: { id: string; name: string }): void;
  addMenuLink(link: object): void;
  addSettingsLink(section: object, link: object): void;
  customFields: { register(field: CustomField | typeof formDefinitionField): void };
  registerHook(name: string, hook: (args: never) => unknown): void;
}

/**
 * The plugin's admin part: its custom fields ("Text in allen Sprachen",
 * opening hours, course schedule, links, languages, former addresses, the
 * form builder), the read-only shared structure on translations, and German
 * and English names, labels and texts for the content manager.
 */
export default {
  register(app: AdminApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Teilhabe' });
    for (const field of [...CUSTOM_FIELDS, formDefinitionField]) {
      app.customFields.register(field);
    }
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Mail,
      intlLabel: { id: messageId('inbox.menu'), defaultMessage: INBOX_MESSAGES.de.menu },
      permissions: [...INBOX_PERMISSIONS, ...ACCESS_LOG_PERMISSIONS],
      Component: () => import('./inbox/InboxApp'),
    });
    // Settings → Teilhabe → Portal-Cache: for administrators only.
    app.addSettingsLink(
      {
        id: PLUGIN_ID,
        intlLabel: { id: messageId('plugin.name'), defaultMessage: 'Teilhabe' },
      },
      {
        id: 'portal-cache',
        to: 'teilhabe-portal-cache',
        intlLabel: {
          id: messageId('portal-cache.menu'),
          defaultMessage: PORTAL_CACHE_MESSAGES.de.menu,
        },
        permissions: PORTAL_CACHE_PERMISSIONS,
        Component: () => import('./portal-cache/PortalCachePage'),
      }
    );
  },
  bootstrap(app: AdminApp) {
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', lockSharedStructure);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ data: adminMessages(locale), locale }));
  },
};
