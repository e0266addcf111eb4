/** One message as the forms domain hands it to Strapi's email plugin. */
export interface Mail {
  to: string;
  subject: string;
  /** The plain-text part. */
  text: string;
  /** The HTML part, a whole document with `lang` and `dir`. */
  html: string;
}

/** Who a message is for; the only thing about a message that is ever logged. */
export type MailKind = 'caseworker' | 'confirmation' | 'status-change';

/** A message ready to go, with its kind. */
export interface OutgoingMail {
  kind: MailKind;
  mail: Mail;
}
