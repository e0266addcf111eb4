/**
 * What the inbox's admin API answers: shared by the server and the admin
 * panel, so that both sides agree. Plain types only (the admin bundle
 * imports this file).
 */

/** One answer as a caseworker reads it: the German question and the answer's lines. */
export interface AnswerRow {
  /** The field's key path, e.g. `children.2.birthDate`: the CSV export's column. */
  key: string;
  label: string;
  lines: string[];
}

/** A form a caseworker is assigned to: its document id, slug and German title. */
export interface AssignedForm {
  documentId: string;
  slug: string;
  title: string;
}

/** A status the caseworker can choose, with its German label and message. */
export interface InboxStatus {
  code: string;
  label: string;
  /** What the resident reads (German; the resident gets it in their language). */
  message: string;
  closesCase: boolean;
}

/** An assigned form in the overview. */
export interface InboxForm extends AssignedForm {
  total: number;
  counts: Record<string, number>;
  statuses: InboxStatus[];
}

/** A submission in the inbox's list: facts only, no answers. */
export interface InboxItem {
  id: string;
  reference: string;
  status: string;
  locale: string;
  submittedOn: string;
  deleteAfter: string | null;
}

/** A page of a form's submissions. */
export interface InboxPage {
  form: AssignedForm;
  anonymous: boolean;
  statuses: InboxStatus[];
  items: InboxItem[];
  page: number;
  pageCount: number;
  total: number;
}

/** A file a submission brought: what the inbox lists; the content is downloaded apart. */
export interface InboxFile {
  /** The file's document id, for its download route. */
  id: string;
  /** The German label of its question. */
  field: string;
  type: string;
  size: number;
  /** The name the resident's file had, or null when none was sent. */
  name: string | null;
}

/**
 * A feedback submission a moderator may publish as a comment: the text to
 * redact, the subject chosen and the subjects there are, and the consent.
 */
export interface CommentDraft {
  text: string;
  subject: string;
  /** The subjects of a single choice, with German labels; empty for a short text. */
  subjects: Array<{ value: string; label: string }>;
  /** The resident consented to publication. */
  consent: boolean;
}

/** One submission opened by its caseworker. */
export interface InboxSubmission extends InboxItem {
  form: AssignedForm;
  anonymous: boolean;
  closedOn: string | null;
  statuses: InboxStatus[];
  answers: AnswerRow[];
  files: InboxFile[];
  history: Array<{ status: string; label: string; on: string; text?: string }>;
  notes: Array<{ author: string; on: string; text: string }>;
  /** Present for forms whose answers may become public comments. */
  comment?: CommentDraft;
}

/** An entry of the access log. */
export interface AccessLogEntry {
  at: string;
  user: string;
  action: 'read' | 'export' | 'download';
  form: string;
  count: number;
  /** The reference whose answers or file were opened; none for exports. */
  reference: string | null;
}

/** A page of the access log. */
export interface AccessLogPage {
  items: AccessLogEntry[];
  page: number;
  pageCount: number;
  total: number;
}

/** An admin user who may be assigned to a form as its caseworker. */
export interface CaseworkerCandidate {
  id: number;
  name: string;
  /** The role that gives them the inbox, e.g. "Sachbearbeitung". */
  role: string;
}
