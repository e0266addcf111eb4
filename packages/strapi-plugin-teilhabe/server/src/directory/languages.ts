/**
 * Languages an editor picks from for staff and contact languages: those
 * most spoken among people who came to Germany, plus German and English.
 * ISO 639 codes (`prs` Dari and `ckb` Sorani have no two-letter code); the
 * admin names them with `Intl.DisplayNames`, as the portal does. A stored
 * code outside this list stays selectable, so nothing an editor entered is
 * lost; the schema (`languageCodeSchema`) accepts any ISO 639 code.
 */
export const SPOKEN_LANGUAGE_CODES = [
  'de',
  'en',
  'ar',
  'fa',
  'prs',
  'ps',
  'ku',
  'ckb',
  'uk',
  'ru',
  'tr',
  'pl',
  'ro',
  'bg',
  'hu',
  'cs',
  'sq',
  'sr',
  'hr',
  'bs',
  'mk',
  'el',
  'it',
  'es',
  'pt',
  'fr',
  'ti',
  'am',
  'so',
  'ur',
  'hi',
  'bn',
  'ta',
  'vi',
  'zh',
  'ka',
  'hy',
  'az',
] as const;
