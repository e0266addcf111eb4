import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/types';
import { FORM_UIDS } from './constants';
import { dayOf, startOfDay } from './days';
import { keyedHash } from './keys';

/** The hash a tombstone keeps of a deleted submission's reference. */
export const tombstoneHash = (reference: string): string => keyedHash('tombstone', reference);

/**
 * Deletes a submission with its files, history and notes, and leaves a
 * tombstone (a keyed hash of the reference, the form and the day) so that
 * the status page can say the data was deleted. Run it inside a transaction.
 * @param strapi the Strapi instance
 * @param submission the row to delete
 * @param now the time of deletion
 */
export const eraseSubmission = async (
  strapi: Core.Strapi,
  submission: { id: number; reference: string; formId: string },
  now: Date
): Promise<void> => {
  const { reference } = submission;
  await strapi.db.query(FORM_UIDS.file).deleteMany({ where: { reference } });
  await strapi.db.query(FORM_UIDS.event).deleteMany({ where: { reference } });
  await strapi.db.query(FORM_UIDS.note).deleteMany({ where: { reference } });
  await strapi.db.query(FORM_UIDS.submission).delete({ where: { id: submission.id } });
  const referenceHash = tombstoneHash(reference);
  const exists = await strapi.db.query(FORM_UIDS.tombstone).findOne({ where: { referenceHash } });
  if (!exists) {
    const midnight = startOfDay(now);
    await strapi.db.query(FORM_UIDS.tombstone).create({
      data: {
        documentId: randomBytes(12).toString('base64url'),
        referenceHash,
        formId: submission.formId,
        deletedOn: dayOf(now),
        createdAt: midnight,
        updatedAt: midnight,
        publishedAt: null,
      },
    });
  }
};
