import { isLocaleCode } from '@teilhabe/locales';
import { isValidSlug } from '#shared/slug';

/**
 * The JavaScript client's way through a form: the same step as a plain HTML
 * post (server/middleware/forms.ts), answered as JSON instead of a page.
 * Body `{ entries: [[name, value], …] | null }`, or the form as
 * `multipart/form-data` when the resident chose files.
 */
export default defineEventHandler(async (event) => {
  setNoStore(event);
  const { locale, slug } = getQuery(event);
  if (!isLocaleCode(locale) || !isValidSlug(slug)) {
    throw createError({ statusCode: 400, statusMessage: 'Unknown form' });
  }
  const { entries, files } = await readStepPost(event);
  return runFormFlow(event, locale, slug, entries, files);
});
