import { isLocaleCode } from '@teilhabe/locales';

/**
 * The JavaScript client's status lookup, withdrawal and its confirmation:
 * the same steps as the plain HTML post of `/<locale>/status`, as JSON.
 */
export default defineEventHandler(async (event) => {
  setNoStore(event);
  const { locale } = getQuery(event);
  if (!isLocaleCode(locale)) {
    throw createError({ statusCode: 400, statusMessage: 'Unknown locale' });
  }
  return runStatusFlow(event, locale, await readJsonEntries(event));
});
