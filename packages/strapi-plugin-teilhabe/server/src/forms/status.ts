import type { Core } from '@strapi/types';
import type { FormSnapshot, LocalizedText } from '@teilhabe/forms';
import { z } from 'zod';
import { FORM_UIDS, LOCK_MS, MAX_FAILED_LOOKUPS } from './constants';
import { DELETED_MESSAGE, requestLocale } from './messages';
import { normalizeReceipt, normalizeReference, normalizeStatusCode, safeEqualHex } from './keys';
import { Refusal } from './refusal';
import { openText, type SealedTextColumns } from './sealed-text';
import { eraseSubmission, tombstoneHash } from './erase';
import { codeHashOf, receiptReference } from './submissions';

/** `{ reference, code, locale }`, or for anonymous forms `{ receipt, locale }`. */
const lookupSchema = z.union([
  z
    .object({
      reference: z.string().trim().min(4).max(20),
      code: z.string().trim().min(8).max(40),
      locale: z.string().max(5).optional(),
    })
    .strict(),
  z
    .object({ receipt: z.string().trim().min(16).max(40), locale: z.string().max(5).optional() })
    .strict(),
]);

interface SubmissionRow {
  id: number;
  reference: string;
  codeHash: string;
  formId: string;
  version: number;
  locale: string;
  status: string;
  failedLookups: number;
  lockedUntil: string | null;
}

export interface StatusEntry {
  status: string;
  label: string;
  message: string;
  on: string;
  text?: string;
}

export interface StatusReply {
  form: string;
  status: string;
  /** The submission's locale: the language of the form's title, labels and messages here. */
  locale?: string;
  history: StatusEntry[];
  deleted?: boolean;
  message?: string;
}

const textIn = (text: LocalizedText, locale: string): string =>
  (text as Record<string, string | undefined>)[locale]?.trim() || text.de;

/**
 * The status page's reads and the resident's withdrawal. A wrong code
 * answers exactly like an unknown reference; after five wrong codes the
 * submission is locked for 15 minutes. Texts are in the submission's
 * locale, labels from the version it was sent on.
 */
const status = ({ strapi }: { strapi: Core.Strapi }) => {
  const submissionsQuery = () => strapi.db.query(FORM_UIDS.submission);

  /** The submission the credentials open, or a refusal; counts failures. */
  const authenticate = async (input: unknown, now: Date) => {
    const locale = requestLocale((input as { locale?: unknown } | null)?.locale);
    const parsed = lookupSchema.safeParse(input);
    if (!parsed.success) {
      throw new Refusal('VALIDATION', locale, {
        errors: parsed.error.issues.map((issue) => ({
          path: issue.path,
          code: issue.code,
          message: issue.message,
        })),
      });
    }
    const credentials = parsed.data;
    const receipt = 'receipt' in credentials ? normalizeReceipt(credentials.receipt) : null;
    const typed = 'reference' in credentials ? normalizeReference(credentials.reference) : null;
    const code = 'code' in credentials ? normalizeStatusCode(credentials.code) : null;
    if (!receipt && (!typed || !code)) {
      throw new Refusal('NOT_FOUND', locale);
    }
    const reference = receipt ? receiptReference(receipt) : typed!;
    const row = (await submissionsQuery().findOne({
      where: { reference },
    })) as SubmissionRow | null;
    if (!row) {
      return { locale, reference, row: null };
    }
    if ('receipt' in credentials) {
      return { locale, reference, row };
    }
    if (row.lockedUntil && new Date(row.lockedUntil) > now) {
      throw new Refusal('LOCKED', locale);
    }
    if (!safeEqualHex(codeHashOf(code!), row.codeHash)) {
      const failures = row.failedLookups + 1;
      const locked = failures >= MAX_FAILED_LOOKUPS;
      // updateMany leaves updatedAt alone: it stays the day of submission.
      await submissionsQuery().updateMany({
        where: { id: row.id },
        data: {
          failedLookups: locked ? 0 : failures,
          lockedUntil: locked ? new Date(now.getTime() + LOCK_MS) : null,
        },
      });
      throw new Refusal(locked ? 'LOCKED' : 'NOT_FOUND', locale);
    }
    if (row.failedLookups > 0 || row.lockedUntil) {
      await submissionsQuery().updateMany({
        where: { id: row.id },
        data: { failedLookups: 0, lockedUntil: null },
      });
    }
    return { locale, reference, row };
  };

  const deletedReply = async (reference: string, locale: string): Promise<StatusReply> => {
    const tombstone = (await strapi.db.query(FORM_UIDS.tombstone).findOne({
      where: { referenceHash: tombstoneHash(reference) },
    })) as { formId: string; deletedOn: string } | null;
    if (!tombstone) {
      throw new Refusal('NOT_FOUND', locale);
    }
    const version = (await strapi.db.query(FORM_UIDS.version).findOne({
      where: { form: tombstone.formId },
      orderBy: { version: 'desc' },
    })) as { snapshot: FormSnapshot } | null;
    return {
      form: version ? textIn(version.snapshot.texts.title, locale) : '',
      status: 'deleted',
      history: [],
      deleted: true,
      message: DELETED_MESSAGE[requestLocale(locale)],
    };
  };

  return {
    /**
     * The status and history of a submission.
     * @throws Refusal NOT_FOUND (unknown or wrong code), LOCKED, VALIDATION
     */
    async lookup(input: unknown, now: Date = new Date()): Promise<StatusReply> {
      const { locale, reference, row } = await authenticate(input, now);
      if (!row) {
        return deletedReply(reference, locale);
      }
      const version = (await strapi.db.query(FORM_UIDS.version).findOne({
        where: { form: row.formId, version: row.version },
      })) as { snapshot: FormSnapshot } | null;
      const statuses = new Map(
        (version?.snapshot.definition.statuses ?? []).map((entry) => [entry.code, entry])
      );
      const events = (await strapi.db.query(FORM_UIDS.event).findMany({
        where: { reference: row.reference },
        orderBy: { position: 'asc' },
      })) as Array<{ status: string; day: string } & SealedTextColumns>;
      const own = row.locale;
      return {
        form: version ? textIn(version.snapshot.texts.title, own) : '',
        status: row.status,
        locale: own,
        history: events.map((event) => {
          const known = statuses.get(event.status);
          const entry: StatusEntry = {
            status: event.status,
            label: known ? textIn(known.label, own) : event.status,
            message: known ? textIn(known.message, own) : '',
            on: event.day,
          };
          const text = openText(event, `event:${row.reference}`);
          if (text !== undefined) {
            entry.text = text;
          }
          return entry;
        }),
      };
    },

    /**
     * Deletes a submission at its resident's request: answers, files,
     * history and notes at once; a tombstone says it was deleted.
     * @throws Refusal NOT_FOUND, LOCKED, VALIDATION
     */
    async withdraw(input: unknown, now: Date = new Date()): Promise<{ withdrawn: true }> {
      const { locale, row } = await authenticate(input, now);
      if (!row) {
        throw new Refusal('NOT_FOUND', locale);
      }
      await strapi.db.transaction(() => eraseSubmission(strapi, row, now));
      return { withdrawn: true };
    },
  };
};

export type StatusService = ReturnType<typeof status>;

export default status;
