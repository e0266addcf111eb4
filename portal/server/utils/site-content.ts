import type { H3Event } from 'h3';
import { HomePageDocument, PageBySlugDocument, SiteFrameDocument } from '@teilhabe/graphql';
import type { LocaleCode } from '@teilhabe/locales';
import type { HomeView, PageView, SiteFrameView } from '#shared/types/view-models';
import { toHomeView } from '#shared/view-models/home';
import { toPageView } from '#shared/view-models/page';
import { toSiteFrameView } from '#shared/view-models/site-frame';
import type { Found } from './content-cache';

/**
 * Header and footer texts of one locale.
 * @param event the portal request
 * @param locale a validated locale
 * @returns the site frame view model
 */
export const loadSiteFrame = defineCachedFunction(
  async (event: H3Event, locale: LocaleCode): Promise<SiteFrameView> =>
    toSiteFrameView(await queryCms(event, SiteFrameDocument, { locale }), locale),
  { name: 'view-frame', ...CMS_CACHE, getKey: (_event: H3Event, locale: LocaleCode) => locale }
);

/**
 * The home page of one locale.
 * @param event the portal request
 * @param locale a validated locale
 * @returns the home view model
 */
export const loadHome = defineCachedFunction(
  async (event: H3Event, locale: LocaleCode): Promise<HomeView> =>
    toHomeView(await queryCms(event, HomePageDocument, { locale }), locale),
  { name: 'view-home', ...CMS_CACHE, getKey: (_event: H3Event, locale: LocaleCode) => locale }
);

/**
 * A CMS page in exactly this locale (no German fallback here: the caller
 * decides). "Not found" is cached as a value, see {@link Found}.
 * @param event the portal request
 * @param locale a validated locale
 * @param slug a validated slug
 * @returns the page, or `{ found: false }`
 */
export const findPage = defineCachedFunction(
  async (event: H3Event, locale: LocaleCode, slug: string): Promise<Found<PageView>> =>
    found(toPageView(await queryCms(event, PageBySlugDocument, { locale, slug }), locale)),
  {
    name: 'view-page',
    ...CMS_CACHE,
    getKey: (_event: H3Event, locale: LocaleCode, slug: string) => `${locale}:${slug}`,
  }
);
