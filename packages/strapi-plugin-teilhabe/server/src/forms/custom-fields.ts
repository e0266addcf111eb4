import type { JsonCustomField } from '../core/custom-fields/register';

/** The form builder's field: the steps, fields and statuses of a form (`FormDefinition`). */
export const FORM_DEFINITION_NAME = 'form-definition';
/** The admin users (ids) who may read a form's submissions. */
export const CASEWORKERS_NAME = 'caseworkers';
/** A link from other content (an offer's registration form) to a form, by the form's slug. */
export const FORM_CHOICE_NAME = 'form-choice';

/**
 * The forms domain's custom fields, both stored as JSON: the definition
 * (checked with `formDefinitionSchema` and the lint on every write,
 * `form-writes.ts`) and the assigned caseworkers, a list of admin user ids.
 * A relation to `admin::user` would need content-manager read permissions on
 * admin users that editors do not have (the relation picker falls back to
 * showing ids), so the ids are kept as a list the admin input resolves to
 * names. An offer names its registration form by slug (a plain string,
 * chosen by title in the admin) rather than by a relation: the portal links
 * only to a form it finds published, and the offer's read model stays free
 * of the form's type.
 */
export const FORMS_CUSTOM_FIELDS: readonly JsonCustomField[] = [
  { name: FORM_DEFINITION_NAME, size: 12 },
  { name: CASEWORKERS_NAME, size: 6, resizable: true },
  { name: FORM_CHOICE_NAME, size: 6, type: 'string' },
];
