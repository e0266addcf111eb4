/** UID of the public comments. */
export const COMMENT_UID = 'plugin::teilhabe.comment';

/** The most comments one subject lists (newest first). */
export const MAX_COMMENTS_PER_SUBJECT = 50;

/** The longest text of a comment. */
export const COMMENT_MAX_LENGTH = 3000;

/** A subject key: a chapter's slug, e.g. `workshop-kinderbetreuung`. */
export const SUBJECT_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SUBJECT_MAX_LENGTH = 80;

/**
 * Whether a text from a request can be a subject key; checked before any
 * query (what cannot be one is simply no subject).
 * @param subject the subject from the query
 */
export const isSubject = (subject: string): boolean =>
  subject.length <= SUBJECT_MAX_LENGTH && SUBJECT_PATTERN.test(subject);
