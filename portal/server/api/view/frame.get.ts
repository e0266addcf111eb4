import { SiteFrameDocument } from '@teilhabe/graphql';
import { toSiteFrameView } from '#shared/view-models/site-frame';

/** Header and footer texts of one locale: `GET /api/view/frame?locale=ar`. */
export default defineEventHandler(async (event) => {
  const locale = requireLocale(event);
  const data = await queryCms(event, SiteFrameDocument, { locale });
  return toSiteFrameView(data, locale);
});
