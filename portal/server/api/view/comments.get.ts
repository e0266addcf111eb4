import { isValidSlug } from '#shared/slug';

/**
 * The published comments on a subject: `GET /api/view/comments?subject=kinderbetreuung`.
 */
export default defineEventHandler(async (event) => {
  const { subject } = getQuery(event);
  if (!isValidSlug(subject)) {
    throw createError({ statusCode: 400, statusMessage: 'Invalid subject' });
  }
  return loadComments(event, subject);
});
