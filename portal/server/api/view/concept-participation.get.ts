/** The participation events with the measures from each: `GET /api/view/concept-participation?locale=uk`. */
export default defineEventHandler(async (event) => loadParticipation(event, requireLocale(event)));
