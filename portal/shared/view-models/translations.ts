import { DEFAULT_LOCALE, isLocaleCode, LOCALE_CODES, type LocaleCode } from '@teilhabe/locales';

/**
 * The locales a piece of content really exists in, for hreflang: German
 * (the source, always there) first, then the others in the portal's order.
 * @param codes locale codes the CMS reports; unknown codes are dropped
 */
export function translatedLocales(codes: readonly (string | null | undefined)[]): LocaleCode[] {
  const known = new Set<string>(codes.filter((code): code is LocaleCode => isLocaleCode(code)));
  known.add(DEFAULT_LOCALE);
  return LOCALE_CODES.filter((code) => known.has(code));
}
