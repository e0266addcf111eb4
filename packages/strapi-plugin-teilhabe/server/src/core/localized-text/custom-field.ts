import { customFieldUid, type JsonCustomField } from '../custom-fields/register';

/** The custom field's name; schemas refer to it as {@link LOCALIZED_TEXT_FIELD}. */
export const LOCALIZED_TEXT_NAME = 'localized-text';
export const LOCALIZED_TEXT_FIELD = customFieldUid(LOCALIZED_TEXT_NAME);

/**
 * "Text in allen Sprachen": short texts per locale on content types that are
 * not localized themselves (taxonomy labels, a provider's description, a
 * contact's role). Stored as JSON `{ "de": "…", "ar": "…" }`; the admin shows
 * one labelled input per locale instead of a JSON editor.
 */
export const LOCALIZED_TEXT: JsonCustomField = { name: LOCALIZED_TEXT_NAME, size: 12 };
