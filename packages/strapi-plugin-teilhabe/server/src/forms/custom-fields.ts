import type { JsonCustomField } from '../core/custom-fields/register';

/** The form builder's field: the steps, fields and statuses of a form (`FormDefinition`). */
export const FORM_DEFINITION_NAME = 'form-definition';
/** The admin users (ids) who may read a form's submissions. */
export const CASEWORKERS_NAME = 'caseworkers';

/**
 * The forms domain's custom fields, both stored as JSON: the definition
 * (checked with `formDefinitionSchema` and the lint on every write,
 * `form-writes.ts`) and the assigned caseworkers, a list of admin user ids.
 * A relation to `admin::user` would need content-manager read permissions on
 * admin users that editors do not have (the relation picker falls back to
 * showing ids), so the ids are kept as a list the admin input resolves to
 * names.
 */
export const FORMS_CUSTOM_FIELDS: readonly JsonCustomField[] = [
  { name: FORM_DEFINITION_NAME, size: 12 },
  { name: CASEWORKERS_NAME, size: 6, resizable: true },
];
