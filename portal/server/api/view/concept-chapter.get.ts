/** A chapter of the concept: `GET /api/view/concept-chapter?locale=ar&slug=vorbemerkung`. */
export default defineEventHandler(async (event) => {
  const chapter = await findConceptChapter(event, requireLocale(event), requireSlug(event));
  if (!chapter.found) {
    throw createError({ statusCode: 404, statusMessage: 'Chapter not found' });
  }
  return chapter.value;
});
