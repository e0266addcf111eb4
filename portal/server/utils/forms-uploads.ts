import {
  formatMessage,
  localize,
  type FormDefinition,
  type ValidationError,
} from '@teilhabe/forms';
import type { H3Event } from 'h3';
import type { LocaleCode } from '@teilhabe/locales';
import { fileEntry, fileFields, type UploadedFileView } from '#shared/forms/files';
import type { PostedFile } from './forms-post';

/** What the CMS answers for a stored upload. */
interface UploadReply {
  fileToken: string;
  name?: string;
  size: number;
  type: string;
}

/** The files of one post after they went to the CMS. */
export interface ForwardedFiles {
  /** Entries to add to the post: each stored file's token under its field, and its facts. */
  entries: Array<[string, string]>;
  files: UploadedFileView[];
  /** Refused files, by field, with the message in the resident's language. */
  errors: ValidationError[];
}

/**
 * Hands the files a resident chose to the CMS, one request each, and keeps
 * nothing of them: the CMS checks and stores them, the portal passes on
 * the tokens it gets back (as hidden inputs from then on). A file larger
 * than its field takes is refused here already, with the CMS's message.
 * @param event the portal request
 * @param form the form's slug, definition and render token, and the page's locale
 * @param posted the files of the post
 */
export async function forwardFiles(
  event: H3Event,
  form: { slug: string; definition: FormDefinition; renderToken: string; locale: LocaleCode },
  posted: readonly PostedFile[]
): Promise<ForwardedFiles> {
  const result: ForwardedFiles = { entries: [], files: [], errors: [] };
  const fields = fileFields(form.definition);
  for (const file of posted) {
    const field = fields.get(file.field);
    if (!field) {
      continue;
    }
    const label = localize(field.label, form.locale);
    if (file.data.length > field.maxBytes) {
      result.errors.push({
        path: [field.key],
        code: 'fileTooLarge',
        message: formatMessage('fileTooLarge', form.locale, { label, bytes: field.maxBytes }),
      });
      continue;
    }
    // The text parts first: the CMS knows the field's limit before the file arrives.
    const body = new FormData();
    body.append('field', field.key);
    body.append('locale', form.locale);
    body.append('renderToken', form.renderToken);
    body.append('file', new Blob([new Uint8Array(file.data)], { type: file.type }), file.fileName);
    const reply = await postToCms<UploadReply>(event, `${form.slug}/files`, body, form.locale);
    if (reply.ok) {
      const stored: UploadedFileView = {
        token: reply.value.fileToken,
        name: reply.value.name ?? '',
        size: reply.value.size,
        type: reply.value.type,
      };
      result.files.push(stored);
      result.entries.push([field.key, stored.token], fileEntry(stored));
    } else {
      const own = reply.refusal.errors.find((error) => error.path[0] === field.key);
      result.errors.push({
        path: [field.key],
        code: (own?.code ?? 'fileToken') as ValidationError['code'],
        message: own?.message ?? reply.refusal.message,
      });
    }
  }
  return result;
}
