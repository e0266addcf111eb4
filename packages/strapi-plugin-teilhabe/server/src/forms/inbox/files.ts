import type { Core } from '@strapi/types';
import { FILE_TYPE_EXTENSIONS, isFileType, type FormSnapshot } from '@teilhabe/forms';
import { FORM_UIDS } from '../constants';
import { open, type Sealed } from '../keys';
import { openText, type SealedTextColumns } from '../sealed-text';
import { fileContext, fileNameContext } from '../uploads/service';
import type { InboxFile } from './types';

/** A stored file as the inbox reads it. */
export interface FileRow extends Sealed, SealedTextColumns {
  id: number;
  documentId: string;
  reference: string | null;
  formId: string;
  field: string;
  mime: string;
  size: number;
}

const LIST_COLUMNS = [
  'documentId',
  'formId',
  'field',
  'mime',
  'size',
  'textCiphertext',
  'textIv',
  'textTag',
  'textWrappedKey',
  'textKeyId',
] as const;

/** The name a file is kept under, or null when the browser sent none. */
const nameOf = (row: Omit<FileRow, keyof Sealed | 'id' | 'reference'>): string | null =>
  openText(row, fileNameContext(row)) ?? null;

/**
 * The files a submission took up, in the order of its form's fields (the
 * order of upload within a field): type, size, name and the field's German
 * label. Content stays sealed.
 * @param strapi the Strapi instance
 * @param reference the submission's stored reference
 * @param snapshot the version it was sent on
 */
export const submissionFiles = async (
  strapi: Core.Strapi,
  reference: string,
  snapshot: FormSnapshot
): Promise<InboxFile[]> => {
  const rows = (await strapi.db.query(FORM_UIDS.file).findMany({
    where: { reference },
    select: [...LIST_COLUMNS],
    orderBy: { id: 'asc' },
  })) as Array<Omit<FileRow, keyof Sealed | 'id' | 'reference'>>;
  const fields = snapshot.definition.steps.flatMap((step) => step.fields);
  const position = (key: string) => fields.findIndex((field) => field.key === key);
  return rows
    .map((row) => ({
      id: row.documentId,
      field: fields.find((field) => field.key === row.field)?.label.de ?? row.field,
      type: row.mime,
      size: row.size,
      name: nameOf(row),
      position: position(row.field),
    }))
    .sort((a, b) => a.position - b.position)
    .map(({ position: _position, ...file }) => file);
};

/**
 * The file of that document id, with its sealed content, or null.
 * @param strapi the Strapi instance
 * @param id the file's document id from the route
 */
export const fileById = async (strapi: Core.Strapi, id: string): Promise<FileRow | null> =>
  (await strapi.db.query(FORM_UIDS.file).findOne({
    where: { documentId: String(id).slice(0, 64) },
  })) as FileRow | null;

/** A file opened for download. */
export interface OpenedFile {
  fileName: string;
  type: string;
  data: Buffer;
}

/**
 * Decrypts a file for its caseworker. Without a kept name it is called after
 * its field and type (`brief.pdf`).
 * @throws SealedRecordError when it does not open (another key, a changed byte)
 */
export const openFile = (row: FileRow): OpenedFile => {
  const data = open(
    {
      ciphertext: row.ciphertext,
      iv: row.iv,
      tag: row.tag,
      wrappedKey: row.wrappedKey,
      keyId: row.keyId,
    },
    fileContext(row)
  );
  const extension = isFileType(row.mime) ? FILE_TYPE_EXTENSIONS[row.mime][0] : '';
  return { fileName: nameOf(row) ?? `${row.field}${extension}`, type: row.mime, data };
};
