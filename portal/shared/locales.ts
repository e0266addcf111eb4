/** Writing direction of a locale. */
export type TextDirection = 'ltr' | 'rtl';

/** A locale the portal serves. */
export interface PortalLocale {
  /** Route prefix and CMS locale code. */
  code: LocaleCode;
  /** BCP 47 language tag for `lang` and `hreflang`. */
  language: string;
  dir: TextDirection;
  /** The language's name in the language itself, as the language switcher shows it. */
  name: string;
}

export const LOCALE_CODES = ['de', 'en', 'ar', 'fa', 'uk', 'tr', 'ru'] as const;

export type LocaleCode = (typeof LOCALE_CODES)[number];

/** German is the source language of all content and the fallback for missing translations. */
export const DEFAULT_LOCALE: LocaleCode = 'de';

/**
 * The seven locales in the order the language switcher lists them.
 * The CMS creates the same codes (see the plugin's `services/locales.ts`).
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
 * Narrows an untrusted value (query parameter, route segment) to a locale code.
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
