import {
  COMMENT_PUBLISHING_FITS,
  commentPublishingIssues,
  type CommentPublishing,
  type CommentPublishingRole,
} from '@teilhabe/forms';
import type { DraftDefinition, DraftField } from './draft';
import { pathOf, type BuilderIssue } from './issues';

/** The roles of comment publishing in the order the builder shows them. */
export const COMMENT_PUBLISHING_ROLES: readonly CommentPublishingRole[] = [
  'textField',
  'subjectField',
  'consentField',
];

/** A top-level field with its number in the form (from 1), as the editor counts fields. */
export interface NumberedField {
  field: DraftField;
  number: number;
}

/**
 * The draft's top-level fields in form order: only they can take a role
 * (a field inside a repeated group has one answer per entry).
 * @param draft the definition being built
 */
export const topLevelFields = (draft: DraftDefinition): NumberedField[] =>
  draft.steps.flatMap((step) => step.fields).map((field, index) => ({ field, number: index + 1 }));

/**
 * The fields that can take a role, in form order.
 * @param draft the definition being built
 * @param role text, subject or consent
 */
export const fieldsFitting = (
  draft: DraftDefinition,
  role: CommentPublishingRole
): NumberedField[] =>
  topLevelFields(draft).filter(({ field }) => COMMENT_PUBLISHING_FITS[role](field));

/**
 * Where comment publishing starts when an editor switches it on: each role
 * with a field that fits it, or nothing (the builder then says what is
 * missing). The text prefers a long text, the subject a field the text did
 * not take, so that one short text does not end up as both.
 * @param draft the definition being built
 */
export const initialCommentPublishing = (draft: DraftDefinition): CommentPublishing => {
  const fieldsOf = (role: CommentPublishingRole) =>
    fieldsFitting(draft, role).map(({ field }) => field);
  const texts = fieldsOf('textField');
  const textField = (texts.find((field) => field.type === 'longText') ?? texts[0])?.key ?? '';
  const subjects = fieldsOf('subjectField');
  const subjectField =
    (subjects.find((field) => field.key !== textField) ?? subjects[0])?.key ?? '';
  return { textField, subjectField, consentField: fieldsOf('consentField')[0]?.key ?? '' };
};

/**
 * The draft with comment publishing set, or without it at all (off, the
 * default): an unused setting is not stored.
 * @param draft the definition being built
 * @param next the roles' fields, or `undefined` for off
 */
export const withCommentPublishing = (
  draft: DraftDefinition,
  next: CommentPublishing | undefined
): DraftDefinition => {
  if (next !== undefined) {
    return { ...draft, commentPublishing: next };
  }
  const rest = { ...draft };
  delete rest.commentPublishing;
  return rest;
};

/**
 * The issues of comment publishing in a draft of any shape, with the
 * messages publishing gives (`commentPublishingIssues` of `@teilhabe/forms`).
 * @param draft the definition being built
 * @returns none while comment publishing is off
 */
export const commentPublishingDraftIssues = (draft: DraftDefinition): BuilderIssue[] =>
  draft.commentPublishing === undefined
    ? []
    : commentPublishingIssues(
        draft.commentPublishing,
        topLevelFields(draft).map(({ field }) => field)
      ).map((issue) => ({
        path: pathOf(issue.path),
        message: 'error.invalid',
        text: issue.message,
      }));
