import type { Core } from '@strapi/types';

/** One of the plugin's custom fields: a JSON value (or a string) with an input of its own in the admin. */
export interface JsonCustomField {
  /** Name within the plugin; schemas refer to it as `plugin::teilhabe.<name>`. */
  name: string;
  /** The stored type; `json` unless a plain string column is the right one (a form's slug). */
  type?: 'json' | 'string';
  /** Columns of the edit view's 12-column grid the input takes. */
  size: 4 | 6 | 8 | 12;
  /** Whether the content-type builder lets the input be resized; not by default. */
  resizable?: boolean;
}

/**
 * The UID a schema's `customField` names.
 * @param name the field's name within the plugin
 */
export const customFieldUid = (name: string): `plugin::teilhabe.${string}` =>
  `plugin::teilhabe.${name}`;

/**
 * Registers custom fields whose stored value is JSON, exactly as the plain
 * `json` attribute they replace: the database column and every stored value
 * stay as they are, only the admin shows a proper input instead of a JSON
 * editor. The value is still checked by its zod schema on every write
 * (`directory/validate.ts`, `forms/form-writes.ts`). Must run in `register()`: content types that use
 * a custom field are checked against the registry before `bootstrap()`.
 * @param strapi the Strapi instance being registered
 * @param fields the fields to register
 */
export const registerJsonCustomFields = (
  strapi: Core.Strapi,
  fields: readonly JsonCustomField[]
): void => {
  for (const { name, size, resizable = false, type = 'json' } of fields) {
    strapi.customFields.register({
      name,
      plugin: 'teilhabe',
      type,
      inputSize: { default: size, isResizable: resizable },
    });
  }
};
