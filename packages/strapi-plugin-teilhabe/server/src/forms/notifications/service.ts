import type { Core } from '@strapi/types';
import { afterCommit } from '../../core/change-notifications/after-commit';
import { mailsForStatusChange, mailsForSubmission, type MailOn } from './compose';
import type { Mail, OutgoingMail } from './mail';
import { createOutbox } from './outbox';
import {
  describeMailSettings,
  readMailSettings,
  type EmailPluginConfig,
  type MailSettings,
} from './settings';

/** A submission was stored and committed. */
export interface SubmittedEvent {
  /** The stored reference (for anonymous forms the keyed hash of the receipt). */
  reference: string;
}

/** A caseworker changed a submission's status. */
export interface StatusChangedEvent {
  /** The stored reference of the submission. */
  reference: string;
  /**
   * The new status's code. It never goes into the mail; the notice is sent
   * only while the submission still has this status, so that a change that
   * was overtaken by a later one (or rolled back) sends no notice.
   */
  status: string;
}

/** `strapi.plugin('teilhabe').service('forms-notifications')`. */
export interface FormsNotificationsService {
  /**
   * Notifies a form's caseworkers of a new submission (in German, without
   * any answer) and, where the form is not anonymous and the resident
   * answered its e-mail field, confirms it to the resident in the
   * submission's language with the reference and the status page. Returns at
   * once and never throws: mail is sent after the write's transaction has
   * committed, in the background, and never fails or delays the submission.
   * @param event the stored reference
   */
  submitted(event: SubmittedEvent): void;
  /**
   * Tells the resident, where the form is not anonymous and asked for an
   * e-mail address, that the status of their submission changed and where
   * to see it, in the submission's language: no status, no message, no
   * title. Call it once the new status is stored (inside the transaction is
   * fine: it waits for the commit). Returns at once and never throws.
   * @param event the stored reference and the new status's code
   */
  statusChanged(event: StatusChangedEvent): void;
  /** Resolves when every message posted (after its commit) has been sent or has failed. */
  flush(): Promise<void>;
  /** Logs once at start whether mail is on; no address, no host. */
  announce(): void;
}

interface EmailService {
  send(options: Mail & { headers?: Record<string, string> }): Promise<unknown>;
}

/**
 * The forms' e-mail notifications through Strapi's email plugin; on when
 * the plugin has an SMTP server (`settings.ts`).
 * @param params the Strapi instance
 * @returns the service
 */
const formsNotifications = ({ strapi }: { strapi: Core.Strapi }): FormsNotificationsService => {
  let settings: MailSettings | null = null;
  const current = (): MailSettings =>
    (settings ??= readMailSettings(
      strapi.plugin('email') ? strapi.config.get<EmailPluginConfig>('plugin::email') : undefined,
      strapi.config.get<string>('admin.absoluteUrl', '/admin')
    ));

  const outbox = createOutbox(async (mail) => {
    const email = strapi.plugin('email').service('email') as unknown as EmailService;
    // RFC 3834: an automatic message, so that mail servers send no out-of-office replies to it.
    await email.send({ ...mail, headers: { 'Auto-Submitted': 'auto-generated' } });
  }, strapi.log);

  /** Posts once the caller's transaction, if any, has committed. */
  const later = (prepare: (mail: MailOn) => Promise<OutgoingMail[]>): void => {
    try {
      const mail = current();
      if (mail.enabled) {
        void afterCommit(strapi, () => outbox.post(() => prepare(mail)));
      }
    } catch (error) {
      strapi.log.warn(`[teilhabe] Forms e-mail not posted: ${(error as Error).name}.`);
    }
  };

  return {
    submitted({ reference }) {
      later((mail) => mailsForSubmission(strapi, mail, reference));
    },
    statusChanged({ reference, status }) {
      later((mail) => mailsForStatusChange(strapi, mail, reference, status));
    },
    flush: () => outbox.flush(),
    announce() {
      strapi.log.info(describeMailSettings(current()));
    },
  };
};

export default formsNotifications;
