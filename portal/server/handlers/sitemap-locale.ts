import type { H3Event } from 'h3';
import { isLocaleCode, type LocaleCode } from '@teilhabe/locales';
import { sitemapPart } from '#shared/sitemap';

/** Cached like the view models: purged when the CMS reports a change. */
const cachedSitemap = defineCachedFunction(
  (event: H3Event, locale: LocaleCode, origin: string) => localeSitemap(event, locale, origin),
  {
    name: 'sitemap',
    ...CMS_CACHE,
    getKey: (_event: H3Event, locale: LocaleCode, origin: string) => `${origin}/${locale}`,
  }
);

/**
 * `GET /sitemap-<locale>.xml` (`?part=2` and on for further files), registered
 * once per locale in nuxt.config.ts (file-based routes cannot hold a
 * parameter inside a file name).
 */
export default defineEventHandler(async (event) => {
  const locale = /^\/sitemap-([a-z]{2})\.xml$/.exec(event.path.split('?')[0] ?? '')?.[1];
  const part = sitemapPart(getQuery(event).part);
  if (!isLocaleCode(locale) || part === null) {
    throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  }
  const xml = (await cachedSitemap(event, locale, publicOrigin(event)))[part - 1];
  if (xml === undefined) {
    throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  }
  setResponseHeader(event, 'Content-Type', 'application/xml; charset=utf-8');
  return xml;
});
