import { messageId, PLUGIN_ID } from '../plugin-id';

/**
 * The admin side of the `localized-text` custom field (server side:
 * `server/src/core/localized-text/custom-field.ts`). Editors meet it in the
 * content manager only; the content-type builder is off for the plugin's types.
 */
export const localizedTextField = {
  name: 'localized-text',
  pluginId: PLUGIN_ID,
  type: 'json' as const,
  intlLabel: { id: messageId('localized-text.label'), defaultMessage: 'Text in allen Sprachen' },
  intlDescription: {
    id: messageId('localized-text.description'),
    defaultMessage: 'Ein kurzer Text je Sprache; Deutsch ist Pflicht.',
  },
  components: {
    Input: async () =>
      import('./LocalizedTextInput').then((module) => ({ default: module.LocalizedTextInput })),
  },
};
