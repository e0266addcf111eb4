import { buildSitemapIndex, sitemapIndexPaths } from '#shared/sitemap';

/** `GET /sitemap.xml`: the index of the per-locale sitemaps and their files. */
export default defineEventHandler(async (event) => {
  const origin = publicOrigin(event);
  const files = await sitemapFilesPerLocale(event);
  setResponseHeader(event, 'Content-Type', 'application/xml; charset=utf-8');
  return buildSitemapIndex(sitemapIndexPaths(files).map((path) => `${origin}${path}`));
});
