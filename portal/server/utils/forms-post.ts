import type { H3Event } from 'h3';

/** A form post is a few kilobytes; anything far larger is refused before it is read. */
const MAX_FORM_POST_BYTES = 256 * 1024;

/**
 * Reads a plain HTML form post (`application/x-www-form-urlencoded`) as entries.
 * @param event the portal request
 * @returns the entries in document order
 */
export async function readFormEntries(event: H3Event): Promise<Array<[string, string]>> {
  const length = Number(getRequestHeader(event, 'content-length') ?? 0);
  if (length > MAX_FORM_POST_BYTES) {
    throw createError({ statusCode: 413, statusMessage: 'Payload too large' });
  }
  const body = (await readRawBody(event, 'utf8')) ?? '';
  if (body.length > MAX_FORM_POST_BYTES) {
    throw createError({ statusCode: 413, statusMessage: 'Payload too large' });
  }
  return [...new URLSearchParams(body)];
}

/**
 * Reads the JSON body of the JavaScript client's step requests.
 * @param event the portal request
 * @returns the entries it carries; `null` for a first visit
 */
export async function readJsonEntries(event: H3Event): Promise<Array<[string, string]> | null> {
  const body = (await readBody<{ entries?: unknown }>(event)) ?? {};
  if (body.entries === null || body.entries === undefined) {
    return null;
  }
  if (
    !Array.isArray(body.entries) ||
    body.entries.length > 2000 ||
    !body.entries.every(
      (entry) =>
        Array.isArray(entry) &&
        entry.length === 2 &&
        typeof entry[0] === 'string' &&
        typeof entry[1] === 'string'
    )
  ) {
    throw createError({ statusCode: 400, statusMessage: 'Invalid entries' });
  }
  return body.entries as Array<[string, string]>;
}
