import { Feed } from 'feed';
import { isLocaleCode } from '@teilhabe/locales';

/**
 * The integration concept's changes as an Atom feed, newest first:
 * `GET /ar/konzept/aenderungen.xml`. Each entry is one published version
 * of a chapter or measure in that locale, with its change note, linking to
 * its word-level comparison with the version before.
 */
export default defineEventHandler(async (event) => {
  const locale = getRouterParam(event, 'locale');
  if (!isLocaleCode(locale)) {
    throw createError({ statusCode: 404, statusMessage: 'Not Found' });
  }
  const origin = publicOrigin(event);
  const texts = conceptFeedTexts(locale);
  const { revisions } = await loadConceptChanges(event, locale, {
    document: null,
    edition: null,
    since: null,
  });
  const self = `${origin}/${locale}/konzept/aenderungen.xml`;
  const feed = new Feed({
    title: texts.title,
    description: texts.description,
    id: self,
    link: `${origin}/${locale}/konzept`,
    language: locale,
    updated: revisions[0] ? new Date(revisions[0].revisedAt) : new Date(0),
    copyright: texts.copyright,
    feedLinks: { atom: self },
  });
  for (const revision of revisions) {
    const page =
      revision.kind === 'chapter'
        ? `/${locale}/konzept/kapitel/${revision.slug}`
        : `/${locale}/konzept/massnahmen/${revision.slug}`;
    feed.addItem({
      title: `${revision.title ?? revision.slug ?? ''} (${texts.version} ${revision.number})`,
      id: `${origin}/${locale}/konzept/vergleich?zu=${revision.id}`,
      link: `${origin}${revision.number > 1 ? `/${locale}/konzept/vergleich?zu=${revision.id}` : page}`,
      date: new Date(revision.revisedAt),
      description: revision.changeNote ?? '',
    });
  }
  setResponseHeader(event, 'content-type', 'application/atom+xml; charset=utf-8');
  return feed.atom1();
});
