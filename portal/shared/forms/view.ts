import type { FormSnapshot } from '@teilhabe/forms';
import type { LocaleCode } from '@teilhabe/locales';
import type { LocalizedTextView } from '../types/view-models';
import type { UploadedFileView } from './files';

/** Whether a form takes submissions now (`docs/forms.md`, `teilhabeForms`). */
export type FormState = 'open' | 'notYetOpen' | 'closed' | 'full';

/** One form of the list `/<locale>/formulare`. */
export interface FormListItemView {
  slug: string;
  title: LocalizedTextView;
  summary: LocalizedTextView | null;
  /** Every text is translated in the page's locale; otherwise the German form is linked. */
  available: boolean;
  anonymous: boolean;
  state: FormState;
}

/** A choice offered from the service directory (the childcare facilities). */
export interface DirectoryChoiceView {
  /** The offer's document id. */
  value: string;
  label: LocalizedTextView;
}

/** A refused answer: the input to link to and focus, and the message in the page's language. */
export interface FieldError {
  /** The `id` of the input. */
  id: string;
  /** The answer's key path, `children.0.birthDate`, for tests and styling. */
  path: string;
  message: string;
}

/** What travels unchanged through every step of one filling-in. */
export interface FormTokens {
  version: number;
  renderToken: string;
  idempotencyKey: string;
}

/** The flow's position: a page of questions, the check-your-answers step, or sent. */
export type FormStage =
  | { kind: 'page'; key: string; index: number; count: number }
  | { kind: 'review' }
  | { kind: 'sent'; reference: string | null; code: string | null; receipt: string | null };

/**
 * Everything one rendering of `/<locale>/formulare/<slug>` needs, built by the
 * portal's server from the CMS's snapshot and the posted answers.
 */
export interface FormPageView {
  locale: LocaleCode;
  snapshot: FormSnapshot;
  state: FormState;
  /** Every text of the form exists in `locale`. */
  available: boolean;
  directoryOptions: Record<string, DirectoryChoiceView[]>;
  tokens: FormTokens;
  stage: FormStage;
  /**
   * The posted answers, typed by `parsePost` but not yet checked (a refused
   * answer stays as typed): inputs and the hidden inputs of the other pages
   * are filled from them.
   */
  answers: Record<string, unknown>;
  /** The files stored for the answers' file questions, by token (name and size for the review). */
  files: Record<string, UploadedFileView>;
  /** Items per repeated group. */
  itemCounts: Record<string, number>;
  errors: FieldError[];
  /** A refusal of the CMS (closed, full, too fast …), already in the resident's language. */
  notice: string | null;
  /** Came from "Ändern" on the review: "Continue" goes back to the review. */
  returnToReview: boolean;
  /**
   * A draft preview from the admin: its token (sent with every post) and
   * whether "send" was just pressed, which a preview refuses.
   */
  preview: { token: string; sendRefused: boolean } | null;
}

/** One entry of a submission's history on the status page. */
export interface StatusEntryView {
  status: string;
  label: string;
  message: string;
  on: string;
  text?: string;
}

/**
 * What identifies a submission on the status page: reference and status
 * code, or the receipt of an anonymous report (then `reference` is empty).
 */
export interface StatusCredentials {
  reference: string;
  code: string;
}

/** What `/<locale>/status` shows after a lookup. */
export type StatusPageView =
  | { kind: 'lookup'; error: string | null; reference: string }
  | (StatusCredentials & {
      kind: 'found';
      form: string;
      status: string;
      history: StatusEntryView[];
      /** The data is deleted; `message` says so in the submission's language. */
      deleted: boolean;
      message: string | null;
      /** The language of the history (the submission's), when the CMS names it. */
      historyLocale: LocaleCode | null;
    })
  | (StatusCredentials & { kind: 'confirmWithdraw' })
  | { kind: 'withdrawn' };
