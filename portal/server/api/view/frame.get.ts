/** Header and footer texts of one locale: `GET /api/view/frame?locale=ar`. */
export default defineEventHandler(async (event) => loadSiteFrame(event, requireLocale(event)));
