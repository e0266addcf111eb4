/** The glossary of the integration concept: `GET /api/view/glossary?locale=ar`. */
export default defineEventHandler(async (event) => loadGlossary(event, requireLocale(event)));
