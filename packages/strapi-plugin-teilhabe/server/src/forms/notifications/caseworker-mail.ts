import type { Mail } from './mail';
import { oneLine, renderMail } from './render';

/** What a caseworker's notice needs: which form, which submission, where to read it. */
export interface CaseworkerMailInput {
  to: string;
  /** The form's German title. */
  title: string;
  /** The submission's reference; null for anonymous forms, whose stored reference is a hash. */
  reference: string | null;
  /** The admin panel's address. */
  adminUrl: string;
}

/**
 * The German notice to an assigned caseworker that a submission came in.
 * It holds no answer at all: mail passes through servers that are not the
 * city's, and the answers are read in the admin, where reads are recorded.
 * @param input the caseworker's address, the form, the reference and the admin's address
 */
export const caseworkerMail = (input: CaseworkerMailInput): Mail => {
  const title = oneLine(input.title);
  const anonymous = input.reference === null;
  const subject = anonymous ? `Neue anonyme Meldung: ${title}` : `Neuer Antrag: ${title}`;
  return {
    to: input.to,
    subject,
    ...renderMail('de', subject, [
      { kind: 'text', text: 'Guten Tag,' },
      {
        kind: 'text',
        text: anonymous
          ? `zum Formular „${title}“ ist eine neue anonyme Meldung eingegangen.`
          : `zum Formular „${title}“ ist ein neuer Antrag eingegangen.`,
      },
      input.reference === null
        ? { kind: 'text', text: 'Anonyme Meldungen haben kein Aktenzeichen.' }
        : { kind: 'value', label: 'Aktenzeichen', value: input.reference },
      {
        kind: 'text',
        text: `Sie lesen und bearbeiten ${anonymous ? 'sie' : 'ihn'} in der Verwaltung:`,
      },
      { kind: 'link', url: input.adminUrl },
      {
        kind: 'text',
        text: 'Aus Gründen des Datenschutzes stehen die Angaben nur dort, nicht in dieser E-Mail.',
      },
      { kind: 'text', text: 'Diese E-Mail wurde automatisch verschickt.' },
    ]),
  };
};
