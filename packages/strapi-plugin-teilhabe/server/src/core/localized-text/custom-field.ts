import type { Core } from '@strapi/types';

/** The custom field's name; schemas refer to it as {@link LOCALIZED_TEXT_FIELD}. */
export const LOCALIZED_TEXT_NAME = 'localized-text';
export const LOCALIZED_TEXT_FIELD = `plugin::teilhabe.${LOCALIZED_TEXT_NAME}`;

/**
 * Registers "Text in allen Sprachen": short texts per locale on content types
 * that are not localized themselves (taxonomy labels, a provider's
 * description, a contact's role). Stored as JSON `{ "de": "…", "ar": "…" }`,
 * exactly as before, so switching a field to it changes no stored value; the
 * admin shows one labelled input per locale instead of a JSON editor. The
 * stored value is checked by the same zod schema on every write
 * (`directory/validate.ts`). Must run in `register()`: content types that use
 * it are checked against the registry before `bootstrap()`.
 * @param strapi the Strapi instance being registered
 */
export const registerLocalizedTextField = (strapi: Core.Strapi): void => {
  strapi.customFields.register({
    name: LOCALIZED_TEXT_NAME,
    plugin: 'teilhabe',
    type: 'json',
    inputSize: { default: 12, isResizable: false },
  });
};
