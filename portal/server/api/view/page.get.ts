import { DEFAULT_LOCALE } from '@teilhabe/locales';

/**
 * A CMS page: `GET /api/view/page?locale=fa&slug=impressum`.
 * A page not yet translated is served in German (its `contentLocale` says so),
 * because the German text helps more than a 404; a slug unknown in German too is a 404.
 */
export default defineEventHandler(async (event) => {
  const locale = requireLocale(event);
  const slug = requireSlug(event);
  let page = await findPage(event, locale, slug);
  if (!page.found && locale !== DEFAULT_LOCALE) {
    page = await findPage(event, DEFAULT_LOCALE, slug);
  }
  if (!page.found) {
    throw createError({ statusCode: 404, statusMessage: 'Page not found' });
  }
  return page.value;
});
