import { isLocaleCode, type LocaleCode } from '@teilhabe/locales';
import type { Mail } from './mail';
import { oneLine, renderMail } from './render';
import { RESIDENT_TEXTS } from './resident-texts';

/** What a mail to a resident needs: never answers, never the status code. */
export interface ResidentMailInput {
  to: string;
  /** The submission's locale, the language of every message about it. */
  locale: string;
  reference: string;
  /** The portal's status page in that locale. */
  statusUrl: string;
}

const localeOf = (locale: string): LocaleCode => (isLocaleCode(locale) ? locale : 'de');

/**
 * The confirmation after sending: the form's title, the reference, where
 * to look the status up, and that the status code is never mailed.
 * @param input the recipient, locale, reference and status page
 * @param title the form's title in the submission's locale
 */
export const confirmationMail = (input: ResidentMailInput, title: string): Mail => {
  const locale = localeOf(input.locale);
  const texts = RESIDENT_TEXTS[locale];
  const subject = oneLine(texts.confirmationSubject(oneLine(title)));
  return {
    to: input.to,
    subject,
    ...renderMail(locale, subject, [
      { kind: 'text', text: texts.greeting },
      { kind: 'text', text: texts.received(oneLine(title)) },
      { kind: 'value', label: texts.referenceLabel, value: input.reference },
      { kind: 'text', text: texts.checkStatus },
      { kind: 'link', url: input.statusUrl },
      { kind: 'text', text: texts.codeNotInMail },
      { kind: 'text', text: texts.laterNotices },
      { kind: 'text', text: texts.notYou },
      { kind: 'text', text: texts.automatic },
    ]),
  };
};

/**
 * The notice of a status change: that the status changed and where to see
 * it. Neither the status nor a caseworker's message, nor the form's title
 * (which alone can say what the application is about).
 * @param input the recipient, locale, reference and status page
 */
export const statusChangeMail = (input: ResidentMailInput): Mail => {
  const locale = localeOf(input.locale);
  const texts = RESIDENT_TEXTS[locale];
  const subject = texts.statusSubject(input.reference);
  return {
    to: input.to,
    subject,
    ...renderMail(locale, subject, [
      { kind: 'text', text: texts.greeting },
      { kind: 'text', text: texts.statusChanged(input.reference) },
      { kind: 'text', text: texts.statusWhere },
      { kind: 'link', url: input.statusUrl },
      { kind: 'text', text: texts.statusPrivacy },
      { kind: 'text', text: texts.notYou },
      { kind: 'text', text: texts.automatic },
    ]),
  };
};
