import { localizedTextField } from './custom-fields/localized-text';
import { formDefinitionField } from './form-builder/form-definition-field';
import { lockSharedStructure } from './edit-view/shared-structure';
import { PLUGIN_ID } from './plugin-id';
import { adminMessages } from './translations/messages';

interface AdminApp {
  registerPlugin(plugin: { id: string; name: string }): void;
  customFields: { register(field: typeof localizedTextField | typeof formDefinitionField): void };
  registerHook(name: string, hook: (args: never) => unknown): void;
}

/**
 * The plugin's admin part: the "Text in allen Sprachen" and form builder custom fields, the
 * read-only shared structure on translations, and German and English names,
 * labels and texts for the content manager.
 */
export default {
  register(app: AdminApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: 'Teilhabe' });
    app.customFields.register(localizedTextField);
    app.customFields.register(formDefinitionField);
  },
  bootstrap(app: AdminApp) {
    app.registerHook('Admin/CM/pages/EditView/mutate-edit-view-layout', lockSharedStructure);
  },
  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ data: adminMessages(locale), locale }));
  },
};
