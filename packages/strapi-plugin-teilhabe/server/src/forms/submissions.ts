import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/types';
import { cityToday, validateAnswers } from '@teilhabe/forms';
import { acceptingForm } from './accepting-form';
import { FORM_UIDS, MIN_FILL_MS } from './constants';
import { addDays, dayOf, startOfDay } from './days';
import { deriveCode, deriveReceipt, HASH_PURPOSE, keyedHash, newReference, sealJson } from './keys';
import type { FormsNotificationsService } from './notifications/service';
import { countSubmissions, resolveDirectoryOptions } from './read-service';
import { Refusal } from './refusal';
import { sealText } from './sealed-text';
import { countAnswers, countedAnswers } from './statistics/count';
import { quarterOf } from './statistics/quarter';
import { hasInvalidText, submissionBodySchema, type SubmissionBody } from './submission-input';
import { fileReferences, findFiles, linkFiles } from './uploads/links';

/** What a resident gets back: reference and code, or for anonymous forms the receipt only. */
export type SubmissionReply = { reference: string; code: string } | { receipt: string };

/** The stored reference of an anonymous submission: a keyed hash of its receipt (canonical form). */
export const receiptReference = (receipt: string): string =>
  keyedHash(HASH_PURPOSE.receipt, receipt);

/** The stored hash of a status code (or of an anonymous receipt), canonical form. */
export const codeHashOf = (code: string): string => keyedHash(HASH_PURPOSE.statusCode, code);

const isUniqueViolation = (error: unknown): boolean =>
  /unique|duplicate key|SQLITE_CONSTRAINT/i.test(
    `${(error as { code?: string }).code ?? ''} ${(error as Error).message ?? ''}`
  );

/**
 * Submissions: the authoritative check of a resident's answers and their
 * atomic, encrypted write. Reachable as `strapi.plugin('teilhabe').service('submissions')`.
 */
const submissions = ({ strapi }: { strapi: Core.Strapi }) => {
  const isPostgres = () => strapi.db.dialect.client === 'postgres';
  const notifications = () =>
    strapi.plugin('teilhabe').service('forms-notifications') as FormsNotificationsService;

  /** The reply for a stored submission: derived again from the key, never stored. */
  const replyFor = (anonymous: boolean, reference: string, key: string): SubmissionReply =>
    anonymous ? { receipt: deriveReceipt(key) } : { reference, code: deriveCode(key) };

  const existing = async (idempotencyHash: string) =>
    (await strapi.db.query(FORM_UIDS.submission).findOne({
      where: { idempotencyHash },
      select: ['reference'],
    })) as { reference: string } | null;

  return {
    /**
     * Checks and stores one submission.
     * @param slug the form's slug from the path
     * @param input the request body
     * @param now the time of the request
     * @throws Refusal with a localized message; nothing is stored then
     */
    async submit(slug: string, input: unknown, now: Date = new Date()): Promise<SubmissionReply> {
      const locale = (input as { locale?: unknown } | null)?.locale;
      const parsed = submissionBodySchema.safeParse(input);
      if (!parsed.success || hasInvalidText(input)) {
        throw new Refusal('VALIDATION', locale, {
          errors: parsed.success
            ? [{ path: [], code: 'encoding', message: 'invalid characters' }]
            : parsed.error.issues.map((issue) => ({
                path: issue.path,
                code: issue.code,
                message: issue.message,
              })),
        });
      }
      const body: SubmissionBody = parsed.data;
      const { formId, version } = await acceptingForm(
        strapi,
        {
          slug,
          renderToken: body.renderToken,
          locale: body.locale,
          version: body.version,
          minimumAgeMs: MIN_FILL_MS,
        },
        now
      );
      const checked = validateAnswers(version.snapshot, body.answers, {
        locale: body.locale,
        today: cityToday(now),
        directoryOptions: await resolveDirectoryOptions(strapi, version.snapshot, 'de'),
      });
      if (!checked.ok) {
        throw new Refusal('VALIDATION', body.locale, { errors: checked.errors });
      }
      const idempotencyHash = keyedHash(
        HASH_PURPOSE.idempotency,
        `${formId}\0${body.idempotencyKey}`
      );
      const { anonymous, retentionDays, submissionLimit } = version.snapshot.settings;
      const known = await existing(idempotencyHash);
      if (known) {
        return replyFor(anonymous, known.reference, body.idempotencyKey);
      }
      const files = await findFiles(
        strapi,
        formId,
        fileReferences(version.snapshot, checked.answers),
        body.locale,
        now
      );
      const reference = anonymous
        ? receiptReference(deriveReceipt(body.idempotencyKey))
        : newReference();
      const code = anonymous ? deriveReceipt(body.idempotencyKey) : deriveCode(body.idempotencyKey);
      const day = dayOf(now);
      const midnight = startOfDay(now);
      const sealed = sealJson(checked.answers, `submission:${reference}`);
      const firstStatus = version.snapshot.definition.statuses[0]!.code;
      try {
        await strapi.db.transaction(async ({ trx }) => {
          if (submissionLimit !== null) {
            // Places are counted and taken in one transaction. PostgreSQL:
            // concurrent submissions to a limited form wait for each other
            // on a lock per form (other forms are not held up); SQLite has
            // a single writer, so the count cannot change in between.
            if (isPostgres()) {
              await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [
                `teilhabe-form:${formId}`,
              ]);
            }
            const counts = await countSubmissions(trx as never, [formId]);
            if ((counts.get(formId) ?? 0) >= submissionLimit) {
              throw new Refusal('FORM_FULL', body.locale);
            }
          }
          await strapi.db.query(FORM_UIDS.submission).create({
            data: {
              documentId: randomBytes(12).toString('base64url'),
              reference,
              codeHash: codeHashOf(code),
              formId,
              version: version.version,
              locale: body.locale,
              status: firstStatus,
              submittedOn: day,
              closedOn: null,
              deleteAfter: anonymous ? addDays(day, retentionDays) : null,
              ...sealed,
              idempotencyHash,
              failedLookups: 0,
              lockedUntil: null,
              createdAt: midnight,
              updatedAt: midnight,
              publishedAt: null,
            },
          });
          await strapi.db.query(FORM_UIDS.event).create({
            data: {
              documentId: randomBytes(12).toString('base64url'),
              reference,
              status: firstStatus,
              day,
              position: 0,
              ...sealText(null, ''),
              createdAt: midnight,
              updatedAt: midnight,
              publishedAt: null,
            },
          });
          await linkFiles(strapi, files, reference, body.locale);
          // Statistical answers are counted apart, in plain text but with no
          // link to this submission (see statistics/count.ts).
          await countAnswers(
            trx as never,
            formId,
            quarterOf(now),
            countedAnswers(version.snapshot, checked.answers)
          );
        });
      } catch (error) {
        // The same key sent at the same time: the unique idempotency hash
        // lets one insert win; the others answer with what it stored.
        if (!(error instanceof Refusal) && isUniqueViolation(error)) {
          const winner = await existing(idempotencyHash);
          if (winner) {
            return replyFor(anonymous, winner.reference, body.idempotencyKey);
          }
        }
        throw error;
      }
      // Committed: mail goes out in the background and cannot fail the reply.
      // Repeats of the same request (above) send nothing again.
      notifications().submitted({ reference });
      return replyFor(anonymous, reference, body.idempotencyKey);
    },
  };
};

export type SubmissionsService = ReturnType<typeof submissions>;

export default submissions;
