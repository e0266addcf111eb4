import type { Core } from '@strapi/types';
import { FORM_UIDS } from './constants';
import { dayOf } from './days';
import { eraseSubmission } from './erase';

/** The advisory lock key of the retention job on PostgreSQL (one run across instances). */
const RETENTION_LOCK = 'teilhabe-forms-retention';

/** How many submissions one run deletes at most; the next run goes on. */
const BATCH = 500;

export interface RetentionResult {
  /** False when another instance held the lock. */
  ran: boolean;
  submissions: number;
  /** Expired uploads no submission took up (files of deleted submissions are not counted). */
  files: number;
}

/**
 * Deletes what has reached its `deleteAfter` day: submissions with their
 * files, history and notes (leaving tombstones); and uploads no submission
 * took up before they expired (24 hours after upload). On PostgreSQL one run at a time across all CMS instances: the run
 * is one transaction that first takes `pg_try_advisory_xact_lock` and does
 * nothing when another holds it; SQLite serves one process.
 * @param strapi the Strapi instance
 * @param now the time to judge by (tests pass a fake clock)
 */
export const runRetention = async (
  strapi: Core.Strapi,
  now: Date = new Date()
): Promise<RetentionResult> =>
  strapi.db.transaction(async ({ trx }) => {
    if (strapi.db.dialect.client === 'postgres') {
      const result = (await trx.raw('SELECT pg_try_advisory_xact_lock(hashtext(?)) AS locked', [
        RETENTION_LOCK,
      ])) as { rows: Array<{ locked: boolean }> };
      if (!result.rows[0]?.locked) {
        return { ran: false, submissions: 0, files: 0 };
      }
    }
    const today = dayOf(now);
    const due = (await strapi.db.query(FORM_UIDS.submission).findMany({
      where: { deleteAfter: { $lt: today } },
      select: ['id', 'reference', 'formId'],
      limit: BATCH,
    })) as Array<{ id: number; reference: string; formId: string }>;
    for (const submission of due) {
      await eraseSubmission(strapi, submission, now);
    }
    // Uploads no submission took up within 24 hours; the others go with their submission.
    const files = await strapi.db.query(FORM_UIDS.file).deleteMany({
      where: { reference: { $null: true }, expiresAt: { $lt: now } },
    });
    return { ran: true, submissions: due.length, files: files.count };
  });

/**
 * Schedules {@link runRetention} every hour (at minute 17) with Strapi's cron.
 * @param strapi the bootstrapped Strapi instance
 */
export const scheduleRetention = (strapi: Core.Strapi): void => {
  strapi.cron.add({
    teilhabeFormsRetention: {
      task: async () => {
        const result = await runRetention(strapi);
        if (result.submissions > 0 || result.files > 0) {
          strapi.log.info(
            `Forms retention: ${result.submissions} submissions and ${result.files} files deleted.`
          );
        }
      },
      options: { rule: '17 * * * *' },
    },
  });
};
