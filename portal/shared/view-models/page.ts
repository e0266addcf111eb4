import type { PageBySlugQuery } from '@teilhabe/graphql';
import { isLocaleCode, type LocaleCode } from '@teilhabe/locales';
import type { PageView } from '../types/view-models';
import { toPageRole, toTranslationStatus } from './cms-enums';
import { presentItems, textOrNull } from './text';
import { translatedLocales } from './translations';

/**
 * Maps the `PageBySlug` query result to a page view model.
 * @param data the query result
 * @param contentLocale the locale the query was sent in
 * @returns the page, or `null` when the CMS has no page with that slug in that locale
 */
export function toPageView(data: PageBySlugQuery, contentLocale: LocaleCode): PageView | null {
  const page = presentItems(data.teilhabePages)[0];
  if (!page) {
    return null;
  }
  return {
    slug: page.slug,
    role: toPageRole(page.role),
    title: page.title,
    summary: textOrNull(page.summary),
    body: page.body ?? '',
    contentLocale: isLocaleCode(page.locale) ? page.locale : contentLocale,
    translationStatus: toTranslationStatus(page.translationStatus),
    updatedAt: textOrNull(page.updatedAt),
    translations: translatedLocales([
      page.locale,
      ...(page.localizations ?? []).map((localization) => localization?.locale),
    ]),
  };
}
