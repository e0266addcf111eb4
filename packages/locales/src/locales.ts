/** Writing direction of a locale. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * The seven locales' codes, in the order the language switcher lists them:
 * route prefixes of the portal and locale codes of the CMS.
 */
export const LOCALE_CODES = ['de', 'en', 'ar', 'fa', 'uk', 'tr', 'ru'] as const;

export type LocaleCode = (typeof LOCALE_CODES)[number];

/** A locale the portal serves and the CMS holds texts in. */
export interface PortalLocale {
  /** Route prefix and CMS locale code. */
  code: LocaleCode;
  /** BCP 47 language tag for `lang` and `hreflang`. */
  language: string;
  dir: TextDirection;
  /** The language's name in the language itself, as the language switcher and the admin show it. */
  name: string;
}

/** German is the source language of all content and the fallback for missing translations. */
export const DEFAULT_LOCALE: LocaleCode = 'de';

/**
 * The seven locales in the order of {@link LOCALE_CODES}. Arabic and Farsi
 * are written right to left.
 */
export const PORTAL_LOCALES: readonly PortalLocale[] = [
  { code: 'de', language: 'de', dir: 'ltr', name: 'Deutsch' },
  { code: 'en', language: 'en', dir: 'ltr', name: 'English' },
  { code: 'ar', language: 'ar', dir: 'rtl', name: 'العربية' },
  { code: 'fa', language: 'fa', dir: 'rtl', name: 'فارسی' },
  { code: 'uk', language: 'uk', dir: 'ltr', name: 'Українська' },
  { code: 'tr', language: 'tr', dir: 'ltr', name: 'Türkçe' },
  { code: 'ru', language: 'ru', dir: 'ltr', name: 'Русский' },
];

/**
 * Narrows an untrusted value (query parameter, route segment, stored key) to a locale code.
 * @param value anything
 * @returns whether the value is one of the seven codes
 */
export function isLocaleCode(value: unknown): value is LocaleCode {
  return typeof value === 'string' && (LOCALE_CODES as readonly string[]).includes(value);
}

/**
 * Looks up a locale's definition.
 * @param code a locale code
 * @returns the locale's language tag, direction and name
 */
export function portalLocale(code: LocaleCode): PortalLocale {
  // The list covers every code, so the fallback only satisfies the type checker.
  return PORTAL_LOCALES.find((locale) => locale.code === code) ?? PORTAL_LOCALES[0]!;
}

/**
 * @param code a locale code, or any other string (then left to right)
 * @returns whether texts in that locale are written right to left
 */
export function isRightToLeft(code: string): boolean {
  return isLocaleCode(code) && portalLocale(code).dir === 'rtl';
}
