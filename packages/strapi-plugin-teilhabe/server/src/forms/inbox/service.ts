import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/types';
import { errors } from '@strapi/utils';
import { cityToday, type Answers, type FormSnapshot } from '@teilhabe/forms';
import type { CommentsService } from '../../feedback/service';
import { z } from 'zod';
import { FORM_TABLES, FORM_UIDS } from '../constants';
import { addDays, dayOf, startOfDay } from '../days';
import { normalizeReference, openJson, type Sealed } from '../keys';
import { openText, sealText, type SealedTextColumns } from '../sealed-text';
import type { FormsNotificationsService } from '../notifications/service';
import { resolveDirectoryOptions } from '../read-service';
import { latestVersion, type VersionRow } from '../versions';
import { answerRows } from './answer-rows';
import { commentDraft } from './comment';
import { assignedForms, requireAssignedForm } from './assignment';
import { submissionsCsv } from './csv';
import { fileById, openFile, submissionFiles, type OpenedFile } from './files';
import type {
  AccessLogPage,
  InboxForm,
  InboxItem,
  InboxPage,
  InboxStatus,
  InboxSubmission,
} from './types';

/** Submissions per page of the inbox. */
export const INBOX_PAGE_SIZE = 25;
/** The longest free text of a status change and of a note. */
export const INBOX_TEXT_MAX_LENGTH = 2000;

interface SubmissionRow extends Sealed {
  id: number;
  documentId: string;
  reference: string;
  formId: string;
  version: number;
  locale: string;
  status: string;
  submittedOn: string;
  closedOn: string | null;
  deleteAfter: string | null;
}

const listQuerySchema = z.object({
  status: z.string().max(40).optional(),
  q: z.string().trim().max(80).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});

const statusChangeSchema = z
  .object({
    status: z.string().min(1).max(40),
    text: z.string().trim().max(INBOX_TEXT_MAX_LENGTH).optional(),
  })
  .strict();

const noteSchema = z.object({ text: z.string().trim().min(1).max(INBOX_TEXT_MAX_LENGTH) }).strict();

/** A history entry's free text, where it has one. */
const textEntry = (text: string | undefined) => (text === undefined ? {} : { text });

/** An anonymous submission's reference is a keyed hash: the inbox shows its start. */
const shownReference = (reference: string, anonymous: boolean): string =>
  anonymous ? `M-${reference.slice(0, 10).toUpperCase()}` : reference;

/**
 * The condition of a search for a reference as the caseworker typed it: a
 * whole reference in any spelling (lower case, without hyphens, O for 0),
 * else a part of it; an anonymous one by the start the inbox shows.
 */
const referenceSearch = (typed: string, anonymous: boolean) => {
  if (anonymous) {
    return {
      $startsWith: typed
        .replace(/^M-/i, '')
        .replace(/[^0-9a-f]/gi, '')
        .toLowerCase(),
    };
  }
  const whole = normalizeReference(typed);
  return whole ? { $eq: whole } : { $containsi: typed.toUpperCase() };
};

const invalid = (message: string) => new errors.ValidationError(message);

/**
 * The caseworkers' inbox: the submissions of the forms a caseworker is
 * assigned to, opened and written out in German, status changes with the
 * resident's message, internal notes, the CSV export, and publishing
 * feedback as a public comment after redaction. Every read of
 * answers and every export is recorded (who, when, which; never what).
 * Nobody else reads submissions, administrators included: they see the
 * access log. Reachable as `strapi.plugin('teilhabe').service('forms-inbox')`.
 */
const inbox = ({ strapi }: { strapi: Core.Strapi }) => {
  const query = (uid: (typeof FORM_UIDS)[keyof typeof FORM_UIDS]) => strapi.db.query(uid);

  const versionOf = async (row: { formId: string; version: number }): Promise<FormSnapshot> => {
    const version = (await query(FORM_UIDS.version).findOne({
      where: { form: row.formId, version: row.version },
    })) as VersionRow | null;
    if (!version) {
      throw new errors.NotFoundError('Die Formularfassung dieser Einsendung fehlt.');
    }
    return version.snapshot;
  };

  /** The number of a form's submissions per status, counted by the database. */
  const statusCounts = async (formId: string): Promise<Record<string, number>> => {
    const rows = (await strapi.db
      .connection(FORM_TABLES.submission)
      .select('status')
      .count({ n: '*' })
      .where('form_id', formId)
      .groupBy('status')) as Array<{ status: string; n: number | string }>;
    return Object.fromEntries(rows.map((row) => [row.status, Number(row.n)]));
  };

  const statusesOf = (snapshot: FormSnapshot): InboxStatus[] =>
    snapshot.definition.statuses.map((status) => ({
      code: status.code,
      label: status.label.de,
      message: status.message.de,
      closesCase: status.closesCase,
    }));

  /** The submission of that id (or that reference) in one of the user's forms, or "not found". */
  const assignedSubmission = async (userId: number, id: string, by = 'documentId') => {
    const row = (await query(FORM_UIDS.submission).findOne({
      where: { [by]: String(id).slice(0, 64) },
    })) as SubmissionRow | null;
    const forms = await assignedForms(strapi, userId);
    const form = row && forms.find((entry) => entry.documentId === row.formId);
    if (!row || !form) {
      throw new errors.NotFoundError(
        'Diese Einsendung gibt es nicht oder sie ist Ihnen nicht zugeordnet.'
      );
    }
    return { row, form, snapshot: await versionOf(row) };
  };

  const openRaw = (row: SubmissionRow): Answers =>
    openJson<Answers>(
      {
        ciphertext: row.ciphertext,
        iv: row.iv,
        tag: row.tag,
        wrappedKey: row.wrappedKey,
        keyId: row.keyId,
      },
      `submission:${row.reference}`
    );

  const openAnswers = async (row: SubmissionRow, snapshot: FormSnapshot, answers?: Answers) =>
    answerRows(
      snapshot,
      answers ?? openRaw(row),
      await resolveDirectoryOptions(strapi, snapshot, 'de')
    );

  const addNoteRow = async (userId: number, reference: string, text: string, now: Date) => {
    const midnight = startOfDay(now);
    await query(FORM_UIDS.note).create({
      data: {
        documentId: randomBytes(12).toString('base64url'),
        reference,
        author: userId,
        day: dayOf(now),
        ...sealText(text, `note:${reference}`),
        createdAt: midnight,
        updatedAt: midnight,
        publishedAt: null,
      },
    });
  };

  const record = async (
    userId: number,
    action: 'read' | 'export' | 'download',
    formId: string,
    references: string[]
  ) => {
    const now = new Date();
    await query(FORM_UIDS.access).create({
      data: {
        documentId: randomBytes(12).toString('base64url'),
        user: userId,
        action,
        formId,
        references,
        at: now,
        createdAt: now,
        updatedAt: now,
        publishedAt: null,
      },
    });
  };

  const itemOf = (row: SubmissionRow, anonymous: boolean): InboxItem => ({
    id: row.documentId,
    reference: shownReference(row.reference, anonymous),
    status: row.status,
    locale: row.locale,
    submittedOn: row.submittedOn,
    deleteAfter: row.deleteAfter,
  });

  const userNames = async (ids: number[]): Promise<Map<number, string>> => {
    const users = (await strapi.db.query('admin::user').findMany({
      where: { id: { $in: [...new Set(ids)] } },
      select: ['id', 'firstname', 'lastname', 'username'],
    })) as Array<{ id: number; firstname?: string; lastname?: string; username?: string }>;
    return new Map(
      users.map((user) => [
        user.id,
        [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || `#${user.id}`,
      ])
    );
  };

  return {
    /**
     * The forms assigned to the user, each with its statuses and the number
     * of submissions in each status.
     */
    async forms(userId: number): Promise<InboxForm[]> {
      const forms = await assignedForms(strapi, userId);
      return Promise.all(
        forms.map(async (form) => {
          const counts = await statusCounts(form.documentId);
          const latest = await latestVersion(strapi, form.documentId);
          return {
            ...form,
            total: Object.values(counts).reduce((sum, count) => sum + count, 0),
            counts,
            statuses: latest ? statusesOf(latest.snapshot) : [],
          };
        })
      );
    },

    /**
     * A page of one form's submissions, newest first, without answers:
     * filtered by status, searched by reference.
     * @throws NotFoundError when the user is not assigned to the form
     * @throws ValidationError on a malformed query
     */
    async list(userId: number, formId: string, input: unknown): Promise<InboxPage> {
      const form = await requireAssignedForm(strapi, userId, formId);
      const parsed = listQuerySchema.safeParse(input ?? {});
      if (!parsed.success) {
        throw invalid('Filter oder Seite sind ungültig.');
      }
      const { status, q, page } = parsed.data;
      const latest = await latestVersion(strapi, form.documentId);
      const anonymous = latest?.snapshot.settings.anonymous ?? false;
      const where = {
        formId: form.documentId,
        ...(status ? { status } : {}),
        ...(q ? { reference: referenceSearch(q, anonymous) } : {}),
      };
      const total = await query(FORM_UIDS.submission).count({ where });
      const rows = (await query(FORM_UIDS.submission).findMany({
        where,
        select: ['documentId', 'reference', 'status', 'locale', 'submittedOn', 'deleteAfter'],
        orderBy: [{ submittedOn: 'desc' }, { id: 'desc' }],
        limit: INBOX_PAGE_SIZE,
        offset: (page - 1) * INBOX_PAGE_SIZE,
      })) as SubmissionRow[];
      return {
        form,
        anonymous,
        statuses: latest ? statusesOf(latest.snapshot) : [],
        items: rows.map((row) => itemOf(row, anonymous)),
        page,
        pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)),
        total,
      };
    },

    /**
     * Opens one submission: answers in German, history, notes. The read is
     * recorded in the access log.
     * @throws NotFoundError when it is not in one of the user's forms
     */
    async read(userId: number, id: string): Promise<InboxSubmission> {
      const { row, form, snapshot } = await assignedSubmission(userId, id);
      const anonymous = snapshot.settings.anonymous;
      const raw = openRaw(row);
      const answers = await openAnswers(row, snapshot, raw);
      const comment = commentDraft(snapshot, raw);
      await record(userId, 'read', form.documentId, [row.reference]);
      const labels = new Map(
        snapshot.definition.statuses.map((entry) => [entry.code, entry.label.de])
      );
      const events = (await query(FORM_UIDS.event).findMany({
        where: { reference: row.reference },
        orderBy: { position: 'asc' },
      })) as Array<{ status: string; day: string } & SealedTextColumns>;
      const notes = (await query(FORM_UIDS.note).findMany({
        where: { reference: row.reference },
        orderBy: { id: 'asc' },
      })) as Array<{ author: number; day: string } & SealedTextColumns>;
      const names = await userNames(notes.map((note) => note.author));
      return {
        ...itemOf(row, anonymous),
        form,
        anonymous,
        closedOn: row.closedOn,
        statuses: statusesOf(snapshot),
        answers,
        files: await submissionFiles(strapi, row.reference, snapshot),
        history: events.map((event) => ({
          status: event.status,
          label: labels.get(event.status) ?? event.status,
          on: event.day,
          ...textEntry(openText(event, `event:${row.reference}`)),
        })),
        notes: notes.map((note) => ({
          author: names.get(note.author) ?? `#${note.author}`,
          on: note.day,
          text: openText(note, `note:${row.reference}`) ?? '',
        })),
        ...(comment ? { comment } : {}),
      };
    },

    /**
     * Publishes a feedback submission as a public comment with the text the
     * moderator redacted: only that text, its subject and language are
     * stored, in the feedback domain, with no link to the submission. The
     * submission gets an internal note that it was published.
     * @throws ValidationError for a form without comment publishing, a
     *   submission without consent to publication, or bad input
     */
    async publishComment(userId: number, id: string, input: unknown, now: Date = new Date()) {
      const { row, snapshot } = await assignedSubmission(userId, id);
      const draft = commentDraft(snapshot, openRaw(row));
      if (!draft) {
        throw invalid('Einsendungen dieses Formulars können nicht als Kommentar erscheinen.');
      }
      if (!draft.consent) {
        throw invalid('Die Person hat der Veröffentlichung nicht zugestimmt.');
      }
      const comments = strapi.plugin('teilhabe').service('comments') as CommentsService;
      const published = await comments.publishModerated(input, cityToday(now));
      await addNoteRow(
        userId,
        row.reference,
        'Als Kommentar veröffentlicht (bearbeiteter Text).',
        now
      );
      return { published: true, comment: published.documentId };
    },

    /**
     * Opens a file of a submission for download, recorded in the access log
     * like a read. A file of another form's submission, or one no submission
     * took up, is "not found" like one that does not exist.
     * @throws NotFoundError when it is not a file of one of the user's submissions
     */
    async downloadFile(userId: number, id: string): Promise<OpenedFile> {
      const file = await fileById(strapi, id);
      const notFound = () =>
        new errors.NotFoundError('Diese Datei gibt es nicht oder sie ist Ihnen nicht zugeordnet.');
      if (!file?.reference) {
        throw notFound();
      }
      const { row, form } = await assignedSubmission(userId, file.reference, 'reference').catch(
        () => {
          throw notFound();
        }
      );
      if (file.formId !== row.formId) {
        throw notFound();
      }
      const opened = openFile(file);
      await record(userId, 'download', form.documentId, [row.reference]);
      return opened;
    },

    /**
     * Sets a submission's status. The resident then sees the status's
     * message in their language, and the free text where one is given. A
     * status that closes the case starts the retention period; reopening
     * stops it again (anonymous submissions keep theirs, counted from the
     * day of submission).
     * @throws ValidationError for a status the form does not have
     */
    async changeStatus(userId: number, id: string, input: unknown, now: Date = new Date()) {
      const parsed = statusChangeSchema.safeParse(input);
      if (!parsed.success) {
        throw invalid(
          `Bitte einen Status wählen; der Text darf höchstens ${INBOX_TEXT_MAX_LENGTH} Zeichen haben.`
        );
      }
      const { row, snapshot } = await assignedSubmission(userId, id);
      const status = snapshot.definition.statuses.find(
        (entry) => entry.code === parsed.data.status
      );
      if (!status) {
        throw invalid('Diesen Status hat das Formular nicht.');
      }
      const day = dayOf(now);
      const midnight = startOfDay(now);
      const { anonymous, retentionDays } = snapshot.settings;
      const closedOn = status.closesCase ? (row.closedOn ?? day) : null;
      const deleteAfter = anonymous
        ? row.deleteAfter
        : closedOn
          ? addDays(closedOn, retentionDays)
          : null;
      const text = sealText(parsed.data.text ?? null, `event:${row.reference}`);
      await strapi.db.transaction(async () => {
        const last = (await query(FORM_UIDS.event).findOne({
          where: { reference: row.reference },
          orderBy: { position: 'desc' },
          select: ['position'],
        })) as { position: number } | null;
        await query(FORM_UIDS.event).create({
          data: {
            documentId: randomBytes(12).toString('base64url'),
            reference: row.reference,
            status: status.code,
            day,
            position: (last?.position ?? -1) + 1,
            ...text,
            createdAt: midnight,
            updatedAt: midnight,
            publishedAt: null,
          },
        });
        // updateMany leaves updatedAt alone: no finer time than the day is kept.
        await query(FORM_UIDS.submission).updateMany({
          where: { id: row.id },
          data: { status: status.code, closedOn, deleteAfter },
        });
      });
      // A content-free notice to the resident where they gave an address (sent after commit).
      (
        strapi.plugin('teilhabe').service('forms-notifications') as FormsNotificationsService
      ).statusChanged({ reference: row.reference, status: status.code });
      return { id: row.documentId, status: status.code, closedOn, deleteAfter };
    },

    /**
     * Adds an internal note (encrypted; residents never see it).
     * @throws ValidationError for an empty or too long text
     */
    async addNote(userId: number, id: string, input: unknown, now: Date = new Date()) {
      const parsed = noteSchema.safeParse(input);
      if (!parsed.success) {
        throw invalid(
          `Die Notiz darf nicht leer sein und höchstens ${INBOX_TEXT_MAX_LENGTH} Zeichen haben.`
        );
      }
      const { row } = await assignedSubmission(userId, id);
      await addNoteRow(userId, row.reference, parsed.data.text, now);
      return { added: true };
    },

    /**
     * The CSV export of a form's submissions (optionally of one status),
     * recorded in the access log with every reference it contains.
     * @returns the file name and its text
     */
    async exportCsv(userId: number, formId: string, input: unknown) {
      const form = await requireAssignedForm(strapi, userId, formId);
      const parsed = listQuerySchema.pick({ status: true }).safeParse(input ?? {});
      if (!parsed.success) {
        throw invalid('Der Filter ist ungültig.');
      }
      const rows = (await query(FORM_UIDS.submission).findMany({
        where: {
          formId: form.documentId,
          ...(parsed.data.status ? { status: parsed.data.status } : {}),
        },
        orderBy: [{ submittedOn: 'asc' }, { id: 'asc' }],
      })) as SubmissionRow[];
      const snapshots = new Map<number, FormSnapshot>();
      const lines = [];
      for (const row of rows) {
        const snapshot = snapshots.get(row.version) ?? (await versionOf(row));
        snapshots.set(row.version, snapshot);
        const labels = new Map(
          snapshot.definition.statuses.map((entry) => [entry.code, entry.label.de])
        );
        lines.push({
          reference: shownReference(row.reference, snapshot.settings.anonymous),
          submittedOn: row.submittedOn,
          status: labels.get(row.status) ?? row.status,
          locale: row.locale,
          answers: await openAnswers(row, snapshot),
        });
      }
      await record(
        userId,
        'export',
        form.documentId,
        rows.map((row) => row.reference)
      );
      return { fileName: `${form.slug}-${dayOf(new Date())}.csv`, csv: submissionsCsv(lines) };
    },

    /**
     * The access log for administrators: who read or exported which
     * submissions of which form, and when; newest first.
     */
    async accessLog(input: unknown): Promise<AccessLogPage> {
      const parsed = listQuerySchema.pick({ page: true }).safeParse(input ?? {});
      const page = parsed.success ? parsed.data.page : 1;
      const total = await query(FORM_UIDS.access).count({});
      const rows = (await query(FORM_UIDS.access).findMany({
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        limit: INBOX_PAGE_SIZE,
        offset: (page - 1) * INBOX_PAGE_SIZE,
      })) as Array<{
        user: number;
        action: 'read' | 'export' | 'download';
        formId: string;
        references: string[];
        at: string;
      }>;
      const names = await userNames(rows.map((row) => row.user));
      const forms = (await query(FORM_UIDS.form).findMany({
        where: { documentId: { $in: [...new Set(rows.map((row) => row.formId))] } },
        select: ['documentId', 'slug', 'title'],
      })) as Array<{ documentId: string; slug: string; title: { de?: string } | null }>;
      const titles = new Map(forms.map((form) => [form.documentId, form.title?.de ?? form.slug]));
      return {
        items: rows.map((row) => ({
          at: row.at,
          user: names.get(row.user) ?? `#${row.user}`,
          action: row.action,
          form: titles.get(row.formId) ?? row.formId,
          count: Array.isArray(row.references) ? row.references.length : 0,
          // A read or download names its submission; an export only how many it held.
          reference:
            row.action !== 'export' && Array.isArray(row.references)
              ? (row.references[0] ?? null)
              : null,
        })),
        page,
        pageCount: Math.max(1, Math.ceil(total / INBOX_PAGE_SIZE)),
        total,
      };
    },
  };
};

export type InboxService = ReturnType<typeof inbox>;

export default inbox;
