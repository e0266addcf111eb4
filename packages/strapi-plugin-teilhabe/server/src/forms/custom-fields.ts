import type { Core } from '@strapi/types';

/** The form builder's field: the steps, fields and statuses of a form (`FormDefinition`). */
export const FORM_DEFINITION_NAME = 'form-definition';
/** The admin users (ids) who may read a form's submissions. */
export const CASEWORKERS_NAME = 'caseworkers';

/**
 * Registers the forms domain's custom fields on the server, both stored as
 * JSON: the definition (checked with `formDefinitionSchema` and the lint on
 * every write, `form-writes.ts`) and the assigned caseworkers, a list of
 * admin user ids. A relation to `admin::user` would need content-manager
 * read permissions on admin users that editors do not have (the relation
 * picker falls back to showing ids), so the ids are kept as a list the
 * admin input resolves to names. Must run in `register()`.
 * @param strapi the Strapi instance being registered
 */
export const registerFormFields = (strapi: Core.Strapi): void => {
  strapi.customFields.register({
    name: FORM_DEFINITION_NAME,
    plugin: 'teilhabe',
    type: 'json',
    inputSize: { default: 12, isResizable: false },
  });
  strapi.customFields.register({
    name: CASEWORKERS_NAME,
    plugin: 'teilhabe',
    type: 'json',
    inputSize: { default: 6, isResizable: true },
  });
};
