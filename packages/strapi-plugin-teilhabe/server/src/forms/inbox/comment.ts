import type { Answers, FormSnapshot } from '@teilhabe/forms';
import type { CommentDraft } from './types';

/**
 * What a moderator starts from when a feedback submission is to become a
 * public comment: the answer's text to redact, the subject the resident
 * chose (and the subjects to choose from), and whether they consented to
 * publication. Only forms whose definition names the fields
 * (`commentPublishing`) have one.
 * @param snapshot the version the submission was sent in
 * @param answers its decrypted answers
 * @returns the draft, or undefined for a form without comment publishing
 */
export const commentDraft = (
  snapshot: FormSnapshot,
  answers: Answers
): CommentDraft | undefined => {
  const publishing = snapshot.definition.commentPublishing;
  if (!publishing) {
    return undefined;
  }
  const fields = snapshot.definition.steps.flatMap((step) => step.fields);
  const subjectField = fields.find((field) => field.key === publishing.subjectField);
  const text = answers[publishing.textField];
  const subject = answers[publishing.subjectField];
  return {
    text: typeof text === 'string' ? text : '',
    subject: typeof subject === 'string' ? subject : '',
    subjects:
      subjectField?.type === 'singleChoice'
        ? subjectField.options.map((option) => ({ value: option.value, label: option.label.de }))
        : [],
    consent: answers[publishing.consentField] === true,
  };
};
