import type { Core } from '@strapi/types';
import type { FormSnapshot } from '@teilhabe/forms';
import { FORM_UIDS } from '../constants';
import { openJson, type Sealed } from '../keys';

/** What the notifications read about one stored submission. */
export interface StoredSubmission {
  reference: string;
  formId: string;
  locale: string;
  status: string;
  /** The version it was sent on. */
  snapshot: FormSnapshot;
  /** Opens the sealed answers; only called where a resident's address is needed. */
  answers(): Record<string, unknown>;
}

type SubmissionRow = Sealed & {
  reference: string;
  formId: string;
  version: number;
  locale: string;
  status: string;
};

/**
 * Reads a submission and the version it was sent on, or null when either
 * is gone (withdrawn, deleted by retention).
 * @param strapi the Strapi instance
 * @param reference the stored reference
 */
export const readStoredSubmission = async (
  strapi: Core.Strapi,
  reference: string
): Promise<StoredSubmission | null> => {
  const row = (await strapi.db.query(FORM_UIDS.submission).findOne({
    where: { reference },
    select: [
      'reference',
      'formId',
      'version',
      'locale',
      'status',
      'ciphertext',
      'iv',
      'tag',
      'wrappedKey',
      'keyId',
    ],
  })) as SubmissionRow | null;
  if (!row) {
    return null;
  }
  const version = (await strapi.db.query(FORM_UIDS.version).findOne({
    where: { form: row.formId, version: row.version },
    select: ['snapshot'],
  })) as { snapshot: FormSnapshot } | null;
  if (!version) {
    return null;
  }
  const { ciphertext, iv, tag, wrappedKey, keyId } = row;
  return {
    reference: row.reference,
    formId: row.formId,
    locale: row.locale,
    status: row.status,
    snapshot: version.snapshot,
    answers: () =>
      openJson<Record<string, unknown>>(
        { ciphertext, iv, tag, wrappedKey, keyId },
        `submission:${row.reference}`
      ),
  };
};
