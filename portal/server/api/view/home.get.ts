/** The home page of one locale: `GET /api/view/home?locale=uk`. */
export default defineEventHandler(async (event) => loadHome(event, requireLocale(event)));
