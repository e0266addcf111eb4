import { LOCALE_CODES } from '#shared/locales';
import { buildSitemapIndex } from '#shared/sitemap';

/** `GET /sitemap.xml`: the index of the per-locale sitemaps. */
export default defineEventHandler((event) => {
  const origin = publicOrigin(event);
  setResponseHeader(event, 'Content-Type', 'application/xml; charset=utf-8');
  return buildSitemapIndex(LOCALE_CODES.map((code) => `${origin}/sitemap-${code}.xml`));
});
