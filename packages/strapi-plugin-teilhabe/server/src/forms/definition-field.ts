import type { Core } from '@strapi/types';

/** The custom field's name; the form's schema refers to it as {@link FORM_DEFINITION_FIELD}. */
export const FORM_DEFINITION_NAME = 'form-definition';
export const FORM_DEFINITION_FIELD = `plugin::teilhabe.${FORM_DEFINITION_NAME}`;

/**
 * Registers "Formularaufbau": a form's steps, fields, conditions and
 * statuses as the JSON `formDefinitionSchema` of `@teilhabe/forms`
 * describes, edited in the admin with the form builder instead of a JSON
 * editor. Must run in `register()`, like every custom field.
 * @param strapi the Strapi instance being registered
 */
export const registerFormDefinitionField = (strapi: Core.Strapi): void => {
  strapi.customFields.register({
    name: FORM_DEFINITION_NAME,
    plugin: 'teilhabe',
    type: 'json',
    inputSize: { default: 12, isResizable: false },
  });
};
