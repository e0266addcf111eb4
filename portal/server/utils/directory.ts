import type { H3Event } from 'h3';
import {
  DirectoryDocument,
  DirectoryTaxonomiesDocument,
  OfferBySlugDocument,
} from '@teilhabe/graphql';
import { restrictToVocabulary, type DirectoryFilters } from '#shared/directory-query';
import { cityCalendarDate } from '#shared/format';
import type { LocaleCode } from '#shared/locales';
import type {
  DirectoryTaxonomiesView,
  DirectoryView,
  OfferPageView,
} from '#shared/types/view-models';
import {
  toDirectoryVariables,
  toDirectoryView,
  toOfferPageView,
  toTaxonomiesView,
  toVocabulary,
} from '#shared/view-models/directory';

/** Results per page of the directory. */
export const DIRECTORY_PAGE_SIZE = 10;

/**
 * The directory's taxonomies in one locale. They change only when editors
 * publish; every directory request needs them to check the URL's codes, so
 * they are kept for a minute.
 * @param event the portal request
 * @param locale the page's locale
 * @returns categories, districts, target groups, course types and staff languages
 */
export const loadTaxonomies = defineCachedFunction(
  async (event: H3Event, locale: LocaleCode): Promise<DirectoryTaxonomiesView> =>
    toTaxonomiesView(await queryCms(event, DirectoryTaxonomiesDocument, { locale }), locale),
  {
    name: 'directory-taxonomies',
    maxAge: 60,
    swr: true,
    getKey: (_event: H3Event, locale: LocaleCode) => locale,
  }
);

async function queryDirectory(
  event: H3Event,
  locale: LocaleCode,
  filters: DirectoryFilters,
  pageSize: number
): Promise<DirectoryView> {
  const data = await queryCms(
    event,
    DirectoryDocument,
    toDirectoryVariables(filters, locale, pageSize)
  );
  return toDirectoryView(data, locale, filters);
}

/**
 * One page of results. Taxonomy codes the CMS does not know (an old bookmark,
 * a typo) are dropped before the query, not turned into an error or an empty
 * list; a page beyond the last one shows the last page.
 * @param event the portal request
 * @param locale the page's locale
 * @param filters the filters from the URL, checked for form but not yet against the taxonomies
 * @param pageSize results per page
 * @returns the results and the filters they were found with
 */
export async function loadDirectory(
  event: H3Event,
  locale: LocaleCode,
  filters: DirectoryFilters,
  pageSize = DIRECTORY_PAGE_SIZE
): Promise<DirectoryView> {
  const known = restrictToVocabulary(filters, toVocabulary(await loadTaxonomies(event, locale)));
  const view = await queryDirectory(event, locale, known, pageSize);
  if (view.offers.length === 0 && view.pageCount > 0 && known.page > view.pageCount) {
    return queryDirectory(event, locale, { ...known, page: view.pageCount }, pageSize);
  }
  return view;
}

/**
 * An offer by slug.
 * @param event the portal request
 * @param locale the page's locale
 * @param slug the slug from the URL
 * @returns the offer, the new slug of a renamed offer, or `null` when there is no such offer
 */
export async function loadOffer(
  event: H3Event,
  locale: LocaleCode,
  slug: string
): Promise<OfferPageView | null> {
  const data = await queryCms(event, OfferBySlugDocument, { locale, slug });
  return toOfferPageView(data, locale, cityCalendarDate(new Date()));
}
