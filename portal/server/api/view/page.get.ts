import { PageBySlugDocument } from '@teilhabe/graphql';
import { DEFAULT_LOCALE, type LocaleCode } from '#shared/locales';
import { toPageView } from '#shared/view-models/page';
import type { H3Event } from 'h3';

async function findPage(event: H3Event, locale: LocaleCode, slug: string) {
  return toPageView(await queryCms(event, PageBySlugDocument, { locale, slug }), locale);
}

/**
 * A CMS page: `GET /api/view/page?locale=fa&slug=impressum`.
 * A page not yet translated is served in German (its `contentLocale` says so),
 * because the German text helps more than a 404; a slug unknown in German too is a 404.
 */
export default defineEventHandler(async (event) => {
  const locale = requireLocale(event);
  const slug = requireSlug(event);
  const page =
    (await findPage(event, locale, slug)) ??
    (locale === DEFAULT_LOCALE ? null : await findPage(event, DEFAULT_LOCALE, slug));
  if (!page) {
    throw createError({ statusCode: 404, statusMessage: 'Page not found' });
  }
  return page;
});
