import { FILE_TYPES, type FormLocale } from './form-constants.ts';
import { isFormLocale } from './translation.ts';

/**
 * What residents read about files: the accepted types by the names people
 * know them by, and sizes in the resident's locale. Shared by the portal's
 * hints and the messages of refused uploads.
 */

export type FileType = (typeof FILE_TYPES)[number];

/** The name of each file type as residents know it, the same in every language. */
export const FILE_TYPE_NAMES: Readonly<Record<FileType, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/** The extensions a browser's file picker offers for each type (`accept`), besides the type. */
export const FILE_TYPE_EXTENSIONS: Readonly<Record<FileType, readonly string[]>> = {
  'application/pdf': ['.pdf'],
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
};

const MEGABYTE = 1024 * 1024;

const localeOf = (locale: string): FormLocale => (isFormLocale(locale) ? locale : 'de');

/**
 * Whether a string is one of the file types a form may accept.
 * @param value e.g. the type a content check found
 */
export const isFileType = (value: unknown): value is FileType =>
  (FILE_TYPES as readonly unknown[]).includes(value);

/**
 * The accepted types as a list in the locale: "PDF, JPEG oder PNG".
 * @param accept the field's types
 * @param locale the resident's locale (German for any other string)
 */
export const fileTypesText = (accept: readonly FileType[], locale: string): string =>
  new Intl.ListFormat(localeOf(locale), { type: 'disjunction' }).format(
    accept.map((type) => FILE_TYPE_NAMES[type])
  );

/**
 * A file size in the locale: megabytes (1,024 × 1,024 bytes) with at most one
 * decimal from 1 MB on, kilobytes below, at least 1 kB.
 * @param bytes the size
 * @param locale the resident's locale (German for any other string)
 */
export const fileSizeText = (bytes: number, locale: string): string => {
  const megabytes = bytes >= MEGABYTE;
  return new Intl.NumberFormat(localeOf(locale), {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / MEGABYTE : Math.max(1, Math.round(bytes / 1024)));
};
