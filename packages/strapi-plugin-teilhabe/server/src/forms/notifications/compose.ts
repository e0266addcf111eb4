import type { Core } from '@strapi/types';
import { caseworkerMail } from './caseworker-mail';
import { caseworkerAddresses } from './caseworkers';
import type { OutgoingMail } from './mail';
import { residentAddress } from './resident-address';
import { confirmationMail, statusChangeMail } from './resident-mails';
import type { MailSettings } from './settings';
import { readStoredSubmission, type StoredSubmission } from './submission';

/** The settings when mail is on. */
export type MailOn = Extract<MailSettings, { enabled: true }>;

/** The resident's status page in the submission's locale, or null without a portal address. */
const statusUrl = (mail: MailOn, submission: StoredSubmission): string | null =>
  mail.portalUrl ? `${mail.portalUrl}/${submission.locale}/status` : null;

/**
 * The resident's address. Anonymous forms have none, whatever was answered:
 * the receipt is the only link to the report, and a mail would tie it to a
 * person. Only here are the answers opened, and only this one is kept.
 */
const addressOf = (submission: StoredSubmission): string | null =>
  submission.snapshot.settings.anonymous
    ? null
    : residentAddress(submission.snapshot.definition, submission.answers());

const titleIn = (submission: StoredSubmission, locale: string): string =>
  (submission.snapshot.texts.title as Record<string, string | undefined>)[locale]?.trim() ||
  submission.snapshot.texts.title.de;

/**
 * The messages about a new submission: one to each assigned caseworker, and
 * the resident's confirmation where there is an address to send it to.
 * @param strapi the Strapi instance
 * @param mail the settings (mail on)
 * @param reference the stored reference
 */
export const mailsForSubmission = async (
  strapi: Core.Strapi,
  mail: MailOn,
  reference: string
): Promise<OutgoingMail[]> => {
  const submission = await readStoredSubmission(strapi, reference);
  if (!submission) {
    return [];
  }
  const anonymous = submission.snapshot.settings.anonymous;
  const outgoing: OutgoingMail[] = (await caseworkerAddresses(strapi, submission.formId)).map(
    (to) => ({
      kind: 'caseworker',
      mail: caseworkerMail({
        to,
        title: submission.snapshot.texts.title.de,
        reference: anonymous ? null : submission.reference,
        adminUrl: mail.adminUrl,
      }),
    })
  );
  const url = statusUrl(mail, submission);
  const to = url ? addressOf(submission) : null;
  if (url && to) {
    outgoing.push({
      kind: 'confirmation',
      mail: confirmationMail(
        { to, locale: submission.locale, reference: submission.reference, statusUrl: url },
        titleIn(submission, submission.locale)
      ),
    });
  }
  return outgoing;
};

/**
 * The resident's notice of a status change, while the submission still has
 * that status and there is an address to send it to.
 * @param strapi the Strapi instance
 * @param mail the settings (mail on)
 * @param reference the stored reference
 * @param status the status the change set
 */
export const mailsForStatusChange = async (
  strapi: Core.Strapi,
  mail: MailOn,
  reference: string,
  status: string
): Promise<OutgoingMail[]> => {
  const submission = await readStoredSubmission(strapi, reference);
  const url = submission ? statusUrl(mail, submission) : null;
  if (!submission || !url || submission.status !== status) {
    return [];
  }
  const to = addressOf(submission);
  if (!to) {
    return [];
  }
  return [
    {
      kind: 'status-change',
      mail: statusChangeMail({
        to,
        locale: submission.locale,
        reference: submission.reference,
        statusUrl: url,
      }),
    },
  ];
};
