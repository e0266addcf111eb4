import { MAX_FILE_BYTES } from '@teilhabe/forms';
import type { H3Event } from 'h3';

/** A form post is a few kilobytes; anything far larger is refused before it is read. */
const MAX_FORM_POST_BYTES = 256 * 1024;
/** A post with files: a page's answers and up to five files of the largest size a field takes. */
const MAX_FILE_POST_BYTES = MAX_FORM_POST_BYTES + 5 * MAX_FILE_BYTES;

/** A file a resident chose in a form's `<input type="file">`, held in memory only. */
export interface PostedFile {
  /** The input's name: the file field's key. */
  field: string;
  fileName: string;
  type: string;
  data: Buffer;
}

/** What a form post carries: its text entries in document order, and its files. */
export interface FormPost {
  entries: Array<[string, string]>;
  files: PostedFile[];
}

const tooLarge = () => createError({ statusCode: 413, statusMessage: 'Payload too large' });

const isMultipart = (event: H3Event): boolean =>
  (getRequestHeader(event, 'content-type') ?? '').toLowerCase().startsWith('multipart/form-data');

/**
 * Reads a `multipart/form-data` post (a form with file fields) into entries
 * and files. A file input left empty sends a part without a name and bytes:
 * it is no file. Nothing is written to disk.
 */
async function readMultipart(event: H3Event): Promise<FormPost> {
  const parts = (await readMultipartFormData(event)) ?? [];
  const post: FormPost = { entries: [], files: [] };
  for (const part of parts) {
    if (!part.name) {
      continue;
    }
    if (part.filename === undefined) {
      post.entries.push([part.name, part.data.toString('utf8')]);
    } else if (part.filename !== '' || part.data.length > 0) {
      post.files.push({
        field: part.name,
        fileName: part.filename,
        type: part.type ?? 'application/octet-stream',
        data: part.data,
      });
    }
  }
  return post;
}

/**
 * Reads a plain HTML form post: `application/x-www-form-urlencoded`, or
 * `multipart/form-data` when the form has file fields.
 * @param event the portal request
 * @returns the entries in document order and the chosen files
 */
export async function readFormPost(event: H3Event): Promise<FormPost> {
  const multipart = isMultipart(event);
  const limit = multipart ? MAX_FILE_POST_BYTES : MAX_FORM_POST_BYTES;
  if (Number(getRequestHeader(event, 'content-length') ?? 0) > limit) {
    throw tooLarge();
  }
  if (multipart) {
    return readMultipart(event);
  }
  const body = (await readRawBody(event, 'utf8')) ?? '';
  if (body.length > MAX_FORM_POST_BYTES) {
    throw tooLarge();
  }
  return { entries: [...new URLSearchParams(body)], files: [] };
}
