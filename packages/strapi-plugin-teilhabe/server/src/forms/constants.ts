/** UIDs of the forms domain's content types. */
export const FORM_UIDS = {
  form: 'plugin::teilhabe.form',
  version: 'plugin::teilhabe.form-version',
  submission: 'plugin::teilhabe.submission',
  file: 'plugin::teilhabe.submission-file',
  event: 'plugin::teilhabe.submission-event',
  note: 'plugin::teilhabe.submission-note',
  access: 'plugin::teilhabe.submission-access',
  tombstone: 'plugin::teilhabe.submission-tombstone',
  statistic: 'plugin::teilhabe.form-statistic',
} as const;

/** Tables of the types written with knex (timestamps to the day, counts in one transaction). */
export const FORM_TABLES = {
  version: 'teilhabe_form_versions',
  submission: 'teilhabe_submissions',
  file: 'teilhabe_submission_files',
  event: 'teilhabe_submission_events',
  note: 'teilhabe_submission_notes',
  tombstone: 'teilhabe_submission_tombstones',
  statistic: 'teilhabe_form_statistics',
} as const;

/** A superseded version still accepts submissions this long (forms open in a browser). */
export const SUPERSEDED_GRACE_MS = 24 * 60 * 60 * 1000;

/** The minimum time between rendering a form and sending it: faster is a bot. */
export const MIN_FILL_MS = 3000;

/** A render token is accepted this long after it was issued. */
export const RENDER_TOKEN_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/** Status lookups: failures before the submission is locked, and for how long. */
export const MAX_FAILED_LOOKUPS = 5;
export const LOCK_MS = 15 * 60 * 1000;

/** The largest submission body the CMS reads. */
export const MAX_SUBMISSION_BYTES = 256 * 1024;

/** A form's slug: lower-case letters, digits and single hyphens, at most 80 characters. */
export const FORM_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const FORM_SLUG_MAX_LENGTH = 80;

/**
 * Whether a slug from a request can name a form. Checked before any query:
 * what cannot be a slug (a NUL byte, which PostgreSQL refuses with an error)
 * is simply no form.
 * @param slug the slug from the path or the query
 */
export const isFormSlug = (slug: string): boolean =>
  slug.length <= FORM_SLUG_MAX_LENGTH && FORM_SLUG_PATTERN.test(slug);

/** Room for an upload's text parts and multipart framing besides the file itself. */
export const UPLOAD_OVERHEAD_BYTES = 16 * 1024;

/** An upload no submission has taken up is deleted after this long. */
export const ORPHAN_FILE_MS = 24 * 60 * 60 * 1000;
