import { createHash } from 'node:crypto';
import type { H3Event } from 'h3';
import {
  DirectoryDocument,
  DirectoryTaxonomiesDocument,
  OfferBySlugDocument,
} from '@teilhabe/graphql';
import { cityToday, type LocaleCode } from '@teilhabe/locales';
import {
  directoryCacheKey,
  restrictToVocabulary,
  type DirectoryFilters,
} from '#shared/directory-query';
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
import type { Found } from './content-cache';

/** Results per page of the directory. */
export const DIRECTORY_PAGE_SIZE = 10;

/**
 * The directory's taxonomies in one locale. Every directory request needs
 * them to check the URL's codes, so they are cached like the view models.
 * @param event the portal request
 * @param locale the page's locale
 * @returns categories, districts, target groups, course types and staff languages
 */
export const loadTaxonomies = defineCachedFunction(
  async (event: H3Event, locale: LocaleCode): Promise<DirectoryTaxonomiesView> =>
    toTaxonomiesView(await queryCms(event, DirectoryTaxonomiesDocument, { locale }), locale),
  {
    name: 'directory-taxonomies',
    ...CMS_CACHE,
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
 * The cache key of a result page: from the filters after parsing and the
 * check against the taxonomies, never from the raw URL, so that unknown
 * parameters and values add no entries. Hashed, as the search text can be long.
 */
const directoryKey = (locale: LocaleCode, filters: DirectoryFilters, pageSize: number) =>
  `${locale}:${pageSize}:${createHash('sha256').update(directoryCacheKey(filters)).digest('base64url').slice(0, 24)}`;

/** One page of results for filters already checked against the taxonomies. */
const loadCheckedDirectory = defineCachedFunction(
  async (
    event: H3Event,
    locale: LocaleCode,
    known: DirectoryFilters,
    pageSize: number
  ): Promise<DirectoryView> => {
    const view = await queryDirectory(event, locale, known, pageSize);
    if (view.offers.length === 0 && view.pageCount > 0 && known.page > view.pageCount) {
      return queryDirectory(event, locale, { ...known, page: view.pageCount }, pageSize);
    }
    return view;
  },
  {
    name: 'view-directory',
    ...CMS_CACHE,
    getKey: (_event: H3Event, locale: LocaleCode, known: DirectoryFilters, pageSize: number) =>
      directoryKey(locale, known, pageSize),
  }
);

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
  return loadCheckedDirectory(event, locale, known, pageSize);
}

/**
 * An offer by slug. "Not found" is cached as a value, see {@link Found}. The
 * day is part of the key because the view says whether the offer has ended.
 * @param event the portal request
 * @param locale the page's locale
 * @param slug the slug from the URL
 * @returns the offer or the new slug of a renamed offer, or `{ found: false }`
 */
export const findOffer = defineCachedFunction(
  async (event: H3Event, locale: LocaleCode, slug: string): Promise<Found<OfferPageView>> => {
    const data = await queryCms(event, OfferBySlugDocument, { locale, slug });
    // The registration form is linked only while it is published; a change
    // to a form purges this entry like any other change.
    const forms = data.teilhabeOfferBySlug?.offer?.registrationFormSlug
      ? await fetchFormList(event, locale)
      : [];
    return found(toOfferPageView(data, locale, cityToday(), forms));
  },
  {
    name: 'view-offer',
    ...CMS_CACHE,
    getKey: (_event: H3Event, locale: LocaleCode, slug: string) =>
      `${locale}:${slug}:${cityToday()}`,
  }
);
