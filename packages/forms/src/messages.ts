import type { FormLocale } from './definition.ts';
import { fileSizeText, fileTypesText, type FileType } from './files.ts';
import { ar } from './messages/ar.ts';
import type { Catalogue, ErrorCode, MessageParts } from './messages/catalogue.ts';
import { de } from './messages/de.ts';
import { en } from './messages/en.ts';
import { fa } from './messages/fa.ts';
import { ru } from './messages/ru.ts';
import { tr } from './messages/tr.ts';
import { uk } from './messages/uk.ts';
import { isFormLocale } from './translation.ts';

export { ERROR_CODES, type ErrorCode } from './messages/catalogue.ts';

const CATALOGUES: Record<FormLocale, Catalogue> = { de, en, ar, fa, uk, tr, ru };

/** What a message is about: the field's label in the locale and the rule's bounds. */
export interface MessageParams {
  label?: string;
  min?: number;
  max?: number;
  /** A date bound as `YYYY-MM-DD`. */
  date?: string;
  /** The file types a file field accepts. */
  types?: readonly FileType[];
  /** A file size in bytes (a field's largest file). */
  bytes?: number;
}

/** The catalogue of a locale; German for any other string. */
const catalogueOf = (locale: string): Catalogue => CATALOGUES[isFormLocale(locale) ? locale : 'de'];

/**
 * A long date in the locale, always in the Gregorian calendar (Persian would
 * otherwise default to the Solar Hijri one, while every date the city names
 * is Gregorian), read in UTC so that the day never shifts.
 */
const formatDate = (isoDate: string, locale: string): string => {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(`${locale}-u-ca-gregory`, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)));
};

/**
 * A validation message in a locale (German for a locale that is not one of
 * the seven), with numbers formatted by `Intl.NumberFormat(locale)`.
 */
export const formatMessage = (
  code: ErrorCode,
  locale: string,
  params: MessageParams = {}
): string => {
  const catalogue = catalogueOf(locale);
  const target = isFormLocale(locale) ? locale : 'de';
  const numbers = new Intl.NumberFormat(target);
  const parts: MessageParts = {
    label: params.label ?? '',
    min: params.min === undefined ? '' : numbers.format(params.min),
    max: params.max === undefined ? '' : numbers.format(params.max),
    minCount: params.min ?? 0,
    maxCount: params.max ?? 0,
    date: params.date === undefined ? '' : formatDate(params.date, target),
    types: params.types === undefined ? '' : fileTypesText(params.types, target),
    size: params.bytes === undefined ? '' : fileSizeText(params.bytes, target),
  };
  return catalogue.messages[code](parts);
};

/** The label of the review step's interpreter question in a locale, for its error messages. */
export const interpreterLabel = (locale: string): string => catalogueOf(locale).interpreterLabel;
