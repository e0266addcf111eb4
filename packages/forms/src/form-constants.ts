import { LOCALE_CODES, type LocaleCode } from '@teilhabe/locales';

// Constants of the form definition without its zod schemas: the portal's form
// pages import these at run time, and a module that builds schemas at its top
// level would bring all of zod into their JavaScript.

/** The seven locales a text can be written in (`@teilhabe/locales`); German is the source. */
export const FORM_LOCALES = LOCALE_CODES;
export type FormLocale = LocaleCode;

/** File types a form may accept; checked by content (magic bytes), not by name. */
export const FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
