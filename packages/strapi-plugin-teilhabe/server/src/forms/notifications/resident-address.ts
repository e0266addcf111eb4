import type { FormDefinition } from '@teilhabe/forms';

/** An address nodemailer can take as it is: one `@`, no spaces, brackets, commas or quotes. */
const PLAIN_ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+$/;

/**
 * The key of the field whose answer is the resident's e-mail address: the
 * form's first e-mail field at the top level of a step. E-mail fields inside
 * a repeated group ("add another") belong to other people.
 * @param definition the definition of the version the submission was sent on
 * @returns the field's key, or null when the form asks for no address
 */
export const residentEmailKey = (definition: FormDefinition): string | null => {
  for (const step of definition.steps) {
    const field = step.fields.find((candidate) => candidate.type === 'email');
    if (field) {
      return field.key;
    }
  }
  return null;
};

/**
 * The resident's e-mail address from the opened answers, if that field was
 * answered (a hidden field has no answer) and the answer is a plain address.
 * @param definition the definition of the version the submission was sent on
 * @param answers the submission's answers, opened
 * @returns the address, or null
 */
export const residentAddress = (
  definition: FormDefinition,
  answers: Readonly<Record<string, unknown>>
): string | null => {
  const key = residentEmailKey(definition);
  const answer = key === null ? undefined : answers[key];
  if (typeof answer !== 'string') {
    return null;
  }
  const address = answer.trim();
  return address.length <= 254 && PLAIN_ADDRESS.test(address) ? address : null;
};
