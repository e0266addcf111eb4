import { messageId, PLUGIN_ID } from '../plugin-id';

/**
 * The admin side of the `form-definition` custom field (server side:
 * `server/src/forms/custom-fields.ts`): the form builder instead of a
 * JSON editor.
 */
export const formDefinitionField = {
  name: 'form-definition',
  pluginId: PLUGIN_ID,
  type: 'json' as const,
  intlLabel: { id: messageId('form-builder.field.label'), defaultMessage: 'Formularaufbau' },
  intlDescription: {
    id: messageId('form-builder.field.description'),
    defaultMessage: 'Schritte, Felder, Bedingungen und Status eines Formulars.',
  },
  components: {
    Input: async () =>
      import('./FormDefinitionInput').then((module) => ({ default: module.FormDefinitionInput })),
  },
};
