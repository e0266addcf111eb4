import { parseDirectoryQuery } from '#shared/directory-query';

/**
 * One page of directory results:
 * `GET /api/view/directory?locale=fa&category=language-course&district=ahlten&page=2`.
 * The filter parameters are those of the page URL; unknown or malformed values
 * are dropped, not rejected, so that old bookmarks keep working.
 */
export default defineEventHandler(async (event) => {
  const locale = requireLocale(event);
  const filters = parseDirectoryQuery(getQuery(event));
  return loadDirectory(event, locale, filters);
});
