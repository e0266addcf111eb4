import type { Core } from '@strapi/types';
import {
  formatMessage,
  localize,
  type Answers,
  type FormField,
  type FormSnapshot,
} from '@teilhabe/forms';
import { FORM_UIDS } from '../constants';
import { HASH_PURPOSE, keyedHash } from '../keys';
import { Refusal } from '../refusal';

/** A file a submission refers to: its field, its token, and its row once found. */
export interface FileReference {
  field: Extract<FormField, { type: 'file' }>;
  token: string;
}

/** A checked file reference with the id of the stored file. */
export interface FoundFile extends FileReference {
  id: number;
}

/** What the database keeps of a file token: a keyed hash, so that a copy of the table links nothing. */
export const fileTokenHash = (token: string): string => keyedHash(HASH_PURPOSE.fileToken, token);

/**
 * The file tokens among checked answers, with their fields. File fields
 * stand at the top level of a step only (never inside a repeated group).
 * @param snapshot the version the answers were checked against
 * @param answers the checked answers
 */
export const fileReferences = (snapshot: FormSnapshot, answers: Answers): FileReference[] =>
  snapshot.definition.steps
    .flatMap((step) => step.fields)
    .flatMap((field) =>
      field.type === 'file' && Array.isArray(answers[field.key])
        ? (answers[field.key] as string[]).map((token) => ({ field, token }))
        : []
    );

const refusal = (references: readonly FileReference[], locale: string): Refusal =>
  new Refusal('VALIDATION', locale, {
    errors: [...new Set(references.map((entry) => entry.field))].map((field) => ({
      path: [field.key],
      code: 'fileToken',
      message: formatMessage('fileToken', locale, { label: localize(field.label, locale) }),
    })),
  });

/**
 * Finds the stored file of every reference: it must exist, belong to this
 * form and field, be taken up by no submission yet, and not have expired.
 * @param strapi the Strapi instance
 * @param formId the form's document id
 * @param references the submission's file references
 * @param locale the locale of the messages
 * @param now the time of the request
 * @throws Refusal VALIDATION (`fileToken`, per field) when any is not so
 */
export const findFiles = async (
  strapi: Core.Strapi,
  formId: string,
  references: readonly FileReference[],
  locale: string,
  now: Date
): Promise<FoundFile[]> => {
  if (references.length === 0) {
    return [];
  }
  const rows = (await strapi.db.query(FORM_UIDS.file).findMany({
    where: { fileToken: { $in: references.map((entry) => fileTokenHash(entry.token)) } },
    select: ['id', 'fileToken', 'formId', 'field', 'reference', 'expiresAt'],
  })) as Array<{
    id: number;
    fileToken: string;
    formId: string;
    field: string;
    reference: string | null;
    expiresAt: string | null;
  }>;
  const byHash = new Map(rows.map((row) => [row.fileToken, row]));
  const found: FoundFile[] = [];
  const refused: FileReference[] = [];
  for (const entry of references) {
    const row = byHash.get(fileTokenHash(entry.token));
    const usable =
      row &&
      row.formId === formId &&
      row.field === entry.field.key &&
      row.reference === null &&
      row.expiresAt !== null &&
      new Date(row.expiresAt).getTime() > now.getTime();
    if (usable) {
      found.push({ ...entry, id: row.id });
    } else {
      refused.push(entry);
    }
  }
  if (refused.length > 0) {
    throw refusal(refused, locale);
  }
  return found;
};

/**
 * Links found files to a new submission: inside its transaction, so that
 * they are kept exactly as long as it is. A file another submission took up
 * in the meantime refuses this one (and rolls the transaction back).
 * @param strapi the Strapi instance
 * @param files the files `findFiles` returned
 * @param reference the new submission's stored reference
 * @param locale the locale of the messages
 * @throws Refusal VALIDATION (`fileToken`) when a file was taken up meanwhile
 */
export const linkFiles = async (
  strapi: Core.Strapi,
  files: readonly FoundFile[],
  reference: string,
  locale: string
): Promise<void> => {
  if (files.length === 0) {
    return;
  }
  const { count } = await strapi.db.query(FORM_UIDS.file).updateMany({
    where: { id: { $in: files.map((file) => file.id) }, reference: { $null: true } },
    data: { reference, expiresAt: null },
  });
  if (count !== files.length) {
    throw refusal(files, locale);
  }
};
