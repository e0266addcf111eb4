import {
  DEFAULT_LOCALE,
  isLocaleCode,
  isRightToLeft,
  LOCALE_CODES,
  PORTAL_LOCALES,
  portalLocale,
} from '../src/locales.ts';

describe('the locale list', () => {
  test('seven locales in the language switcher’s order, German first and default', () => {
    expect(LOCALE_CODES).toEqual(['de', 'en', 'ar', 'fa', 'uk', 'tr', 'ru']);
    expect(PORTAL_LOCALES.map((locale) => locale.code)).toEqual(LOCALE_CODES);
    expect(DEFAULT_LOCALE).toBe('de');
  });

  test('Arabic and Farsi are written right to left, the others left to right', () => {
    expect(PORTAL_LOCALES.filter((locale) => locale.dir === 'rtl').map((l) => l.code)).toEqual([
      'ar',
      'fa',
    ]);
    expect(LOCALE_CODES.filter(isRightToLeft)).toEqual(['ar', 'fa']);
    expect(isRightToLeft('he')).toBe(false);
    expect(isRightToLeft('')).toBe(false);
  });

  test('each language is named in itself, with a language tag Intl knows', () => {
    expect(PORTAL_LOCALES.map((locale) => locale.name)).toEqual([
      'Deutsch',
      'English',
      'العربية',
      'فارسی',
      'Українська',
      'Türkçe',
      'Русский',
    ]);
    for (const { language } of PORTAL_LOCALES) {
      expect(Intl.getCanonicalLocales(language)).toEqual([language]);
    }
  });

  test('portalLocale finds each code’s own entry', () => {
    for (const code of LOCALE_CODES) {
      expect(portalLocale(code).code).toBe(code);
    }
    expect(portalLocale('fa')).toEqual({ code: 'fa', language: 'fa', dir: 'rtl', name: 'فارسی' });
  });

  test.each([['de'], ['ru'], ['fa']])('isLocaleCode accepts %s', (code) => {
    expect(isLocaleCode(code)).toBe(true);
  });

  test.each([['DE'], ['de-DE'], ['xx'], [''], ['all'], [null], [undefined], [7], [['de']]])(
    'isLocaleCode refuses %p',
    (value) => {
      expect(isLocaleCode(value)).toBe(false);
    }
  );
});
