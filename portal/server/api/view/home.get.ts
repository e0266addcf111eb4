import { HomePageDocument } from '@teilhabe/graphql';
import { toHomeView } from '#shared/view-models/home';

/** The home page of one locale: `GET /api/view/home?locale=uk`. */
export default defineEventHandler(async (event) => {
  const locale = requireLocale(event);
  const data = await queryCms(event, HomePageDocument, { locale });
  return toHomeView(data, locale);
});
