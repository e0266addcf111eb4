import { randomBytes } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { Core } from '@strapi/types';
import {
  FORM_LOCALES,
  formatMessage,
  localize,
  type FormField,
  type FormLocale,
  type MessageParams,
  type ErrorCode,
} from '@teilhabe/forms';
import { z } from 'zod';
import { acceptingForm } from '../accepting-form';
import { FORM_UIDS, ORPHAN_FILE_MS, UPLOAD_OVERHEAD_BYTES } from '../constants';
import { startOfDay } from '../days';
import { requestLocale, type RefusalCode } from '../messages';
import { seal } from '../keys';
import { Refusal } from '../refusal';
import { sealText } from '../sealed-text';
import { detectFileType } from './content-type';
import { cleanFileName } from './file-name';
import { fileTokenHash } from './links';
import { FileTooLargeError, MalformedUploadError, readUpload } from './multipart';

type FileField = Extract<FormField, { type: 'file' }>;

/** The multipart part that carries the file. */
export const FILE_PART = 'file';

/** The text parts of an upload, sent before the file. */
const uploadFieldsSchema = z
  .object({
    field: z.string().regex(/^[a-z][a-zA-Z0-9]{0,39}$/),
    locale: z.enum(FORM_LOCALES),
    renderToken: z.string().min(10).max(500),
  })
  .strict();

/** What the resident's browser gets back for a stored file. */
export interface UploadReply {
  /** Names the file in the submission's answers; valid once, for 24 hours. */
  fileToken: string;
  /** The file's name as kept (encrypted); absent when the browser sent none. */
  name?: string;
  size: number;
  type: string;
}

/** The file's own aad: its row, form and field, so that a copied or moved row does not open. */
export const fileContext = (file: { documentId: string; formId: string; field: string }) =>
  `file:${file.formId}:${file.field}:${file.documentId}`;
/** The aad of the file's sealed name. */
export const fileNameContext = (file: { documentId: string; formId: string; field: string }) =>
  `file-name:${file.formId}:${file.field}:${file.documentId}`;

/**
 * A refusal about the field's file, with the field's message (from
 * `@teilhabe/forms`) as the message and as the error of the field.
 */
const fileRefusal = (
  code: RefusalCode,
  errorCode: ErrorCode,
  field: FileField,
  locale: FormLocale,
  params: Omit<MessageParams, 'label'> = {}
): Refusal =>
  new Refusal(code, locale, {
    errors: [
      {
        path: [field.key],
        code: errorCode,
        message: formatMessage(errorCode, locale, {
          ...params,
          label: localize(field.label, locale),
        }),
      },
    ],
  });

/**
 * Uploads of files for forms: read into memory, judged by content, sealed
 * like answers (a data key per file, wrapped by the master key) and stored
 * in the database, so that every CMS instance serves them. A file waits 24
 * hours for a submission to take it up (`uploads/links.ts`), then the
 * retention job deletes it. Reachable as
 * `strapi.plugin('teilhabe').service('forms-uploads')`.
 */
const uploads = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Reads, checks and stores one upload. Nothing is stored when it is refused.
   * @param slug the form's slug from the path
   * @param request the request stream (`multipart/form-data`: `field`, `locale`, `renderToken`, then `file`)
   * @param fallbackLocale the locale of refusals before the body names one
   * @param now the time of the request
   * @throws Refusal VALIDATION, FORM_NOT_FOUND, FORM_CLOSED, VERSION_RETIRED, UPLOADS_OFF, FILE_TOO_LARGE, FILE_TYPE
   */
  async receive(
    slug: string,
    request: Readable & { headers: IncomingHttpHeaders },
    fallbackLocale: unknown,
    now: Date = new Date()
  ): Promise<UploadReply> {
    let target: { formId: string; field: FileField; locale: FormLocale } | null = null;
    let locale: FormLocale = requestLocale(fallbackLocale);
    let received;
    try {
      received = await readUpload(request, async (part, fields) => {
        locale = requestLocale(fields.locale ?? fallbackLocale);
        const parsed = uploadFieldsSchema.safeParse(fields);
        if (part !== FILE_PART || !parsed.success) {
          throw new Refusal('VALIDATION', locale, {
            errors: [{ path: [], code: 'upload', message: 'field, locale and renderToken first' }],
          });
        }
        const { formId, version } = await acceptingForm(
          strapi,
          { slug, renderToken: parsed.data.renderToken, locale },
          now
        );
        const field = version.snapshot.definition.steps
          .flatMap((step) => step.fields)
          .find((entry): entry is FileField => entry.key === parsed.data.field);
        if (!field || field.type !== 'file') {
          throw new Refusal('VALIDATION', locale, {
            errors: [{ path: [parsed.data.field], code: 'unknownField', message: 'no file field' }],
          });
        }
        const { anonymous, allowUploadsWhenAnonymous } = version.snapshot.settings;
        if (anonymous && !allowUploadsWhenAnonymous) {
          throw fileRefusal('UPLOADS_OFF', 'uploadsOff', field, locale);
        }
        target = { formId, field, locale };
        // A declared length over the field's limit is refused before its content is read.
        if (
          Number(request.headers['content-length'] ?? 0) >
          field.maxBytes + UPLOAD_OVERHEAD_BYTES
        ) {
          throw new FileTooLargeError('declared length over the limit');
        }
        return field.maxBytes;
      });
    } catch (error) {
      if (error instanceof FileTooLargeError && target) {
        const { field } = target as { field: FileField };
        throw fileRefusal('FILE_TOO_LARGE', 'fileTooLarge', field, locale, {
          bytes: field.maxBytes,
        });
      }
      if (error instanceof MalformedUploadError || error instanceof FileTooLargeError) {
        throw new Refusal('VALIDATION', locale, {
          errors: [{ path: [], code: 'upload', message: error.message }],
        });
      }
      throw error;
    }
    const accepted = target as { formId: string; field: FileField; locale: FormLocale } | null;
    const file = received.file;
    if (!accepted || !file) {
      throw new Refusal('VALIDATION', locale, {
        errors: [{ path: [], code: 'upload', message: 'no file' }],
      });
    }
    const { formId, field } = accepted;
    if (file.data.length === 0) {
      throw fileRefusal('VALIDATION', 'fileEmpty', field, locale);
    }
    const type = await detectFileType(file.data);
    if (!type || !field.accept.includes(type)) {
      throw fileRefusal('FILE_TYPE', 'fileType', field, locale, { types: field.accept });
    }
    const name = cleanFileName(file.fileName);
    const fileToken = randomBytes(24).toString('base64url');
    const row = { documentId: randomBytes(12).toString('base64url'), formId, field: field.key };
    const midnight = startOfDay(now);
    await strapi.db.query(FORM_UIDS.file).create({
      data: {
        ...row,
        fileToken: fileTokenHash(fileToken),
        reference: null,
        mime: type,
        size: file.data.length,
        ...seal(file.data, fileContext(row)),
        ...sealText(name === '' ? null : name, fileNameContext(row)),
        expiresAt: new Date(now.getTime() + ORPHAN_FILE_MS),
        createdAt: midnight,
        updatedAt: midnight,
        publishedAt: null,
      },
    });
    return { fileToken, ...(name === '' ? {} : { name }), size: file.data.length, type };
  },
});

export type UploadsService = ReturnType<typeof uploads>;

export default uploads;
