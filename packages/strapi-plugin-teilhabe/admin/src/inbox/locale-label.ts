import { isLocaleCode, portalLocale } from '@teilhabe/locales';

/** A submission's language, named in German with its own name beside it. */
export const localeLabel = (code: string): string => {
  if (!isLocaleCode(code)) {
    return code;
  }
  const german = new Intl.DisplayNames(['de'], { type: 'language' }).of(code) ?? code;
  const own = portalLocale(code).name;
  return german === own ? german : `${german} (${own})`;
};
