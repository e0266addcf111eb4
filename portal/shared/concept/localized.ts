import { isLocaleCode, type LocaleCode } from '@teilhabe/locales';
import type { LocalizedTextView } from '../types/view-models';

/** A GraphQL answer with every `{ text, locale }` turned into a {@link LocalizedTextView}. */
export type WithFallbacks<T> = T extends { text: string; locale: string }
  ? LocalizedTextView
  : T extends ReadonlyArray<infer U>
    ? WithFallbacks<U>[]
    : T extends object
      ? { [K in keyof T as K extends '__typename' ? never : K]: WithFallbacks<T[K]> }
      : T;

const isLocalizedText = (value: object): value is { text: string; locale: string } =>
  'text' in value && 'locale' in value && typeof (value as { text: unknown }).text === 'string';

/**
 * Marks every text of a concept answer that is not in the requested locale
 * as a German fallback, so that templates set its `lang` and `dir`, and
 * drops GraphQL's `__typename`.
 * @param value the query result
 * @param requested the page's locale
 */
export function withFallbacks<T>(value: T, requested: LocaleCode): WithFallbacks<T> {
  if (Array.isArray(value)) {
    return value.map((item) => withFallbacks(item, requested)) as WithFallbacks<T>;
  }
  if (value === null || typeof value !== 'object') {
    return value as WithFallbacks<T>;
  }
  if (isLocalizedText(value)) {
    const locale = isLocaleCode(value.locale) ? value.locale : requested;
    return { text: value.text, locale, fallback: locale !== requested } as WithFallbacks<T>;
  }
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== '__typename')
      .map(([key, item]) => [key, withFallbacks(item, requested)])
  ) as WithFallbacks<T>;
}
