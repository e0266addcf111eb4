import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { MAX_FILE_BYTES } from '@teilhabe/forms';

/** The text parts an upload may carry besides its file, and their largest size. */
const MAX_FIELDS = 8;
const MAX_FIELD_BYTES = 4096;

/** One file read into memory: never onto a disk. */
export interface ReceivedFile {
  /** The name of the multipart part (must be `file`). */
  part: string;
  /** The name the browser sent, as sent. */
  fileName: string;
  /** The type the browser declared: not believed, the content decides. */
  declaredType: string;
  data: Buffer;
}

export interface ReceivedUpload {
  fields: Record<string, string>;
  file: ReceivedFile | null;
}

/** The body is no multipart form, has too many or too long parts, or more than one file. */
export class MalformedUploadError extends Error {
  override name = 'MalformedUploadError';
}

/** The file is larger than the limit its field sets. */
export class FileTooLargeError extends Error {
  override name = 'FileTooLargeError';
}

/**
 * Decides how large the file may be once the text parts before it are read
 * (its field names the limit); throws to refuse the upload before its
 * content is read.
 */
export type FileLimit = (part: string, fields: Readonly<Record<string, string>>) => Promise<number>;

/**
 * Reads a `multipart/form-data` upload with busboy into memory: the text
 * parts, then one file of at most the size `limitFor` allows (never more
 * than `MAX_FILE_BYTES`). Text parts must come before the file, so that the
 * limit is known before the content arrives; reading stops at the first
 * byte over it. What has not been read is left to the server to discard.
 * @param request the request stream with its headers
 * @param limitFor the size limit of the file, or a refusal
 * @throws MalformedUploadError, FileTooLargeError, or what `limitFor` throws
 */
export const readUpload = (
  request: Readable & { headers: IncomingHttpHeaders },
  limitFor: FileLimit
): Promise<ReceivedUpload> =>
  new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        defParamCharset: 'utf8',
        limits: {
          files: 1,
          fields: MAX_FIELDS,
          parts: MAX_FIELDS + 1,
          fieldSize: MAX_FIELD_BYTES,
          fileSize: MAX_FILE_BYTES + 1,
        },
      });
    } catch {
      reject(new MalformedUploadError('not a multipart form'));
      return;
    }
    const fields: Record<string, string> = {};
    let file: Promise<ReceivedFile> | null = null;
    let settled = false;
    const fail = (error: unknown) => {
      if (!settled) {
        settled = true;
        request.unpipe(parser);
        reject(error);
      }
    };
    parser.on('field', (name, value, info) => {
      if (file || info.valueTruncated || info.nameTruncated || name in fields) {
        fail(new MalformedUploadError('a text part is too long, repeated or after the file'));
        return;
      }
      fields[name] = value;
    });
    parser.on('file', (part, stream, info) => {
      if (file) {
        stream.resume();
        return;
      }
      stream.pause();
      file = (async () => {
        const limit = Math.min(await limitFor(part, { ...fields }), MAX_FILE_BYTES);
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of stream as AsyncIterable<Buffer>) {
          size += chunk.length;
          if (size > limit) {
            throw new FileTooLargeError(`more than ${limit} bytes`);
          }
          chunks.push(chunk);
        }
        return {
          part,
          fileName: info.filename ?? '',
          declaredType: info.mimeType,
          data: Buffer.concat(chunks, size),
        };
      })();
      file.catch(fail);
    });
    parser.on('filesLimit', () => fail(new MalformedUploadError('more than one file')));
    parser.on('fieldsLimit', () => fail(new MalformedUploadError('too many parts')));
    parser.on('partsLimit', () => fail(new MalformedUploadError('too many parts')));
    parser.on('error', () => fail(new MalformedUploadError('the multipart body is damaged')));
    parser.on('close', () => {
      Promise.resolve(file)
        .then((received) => {
          if (!settled) {
            settled = true;
            resolve({ fields, file: received });
          }
        })
        .catch(fail);
    });
    request.on('aborted', () => fail(new MalformedUploadError('the request was aborted')));
    request.pipe(parser);
  });
