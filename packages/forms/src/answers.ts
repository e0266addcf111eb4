/**
 * The shape of answers as docs/forms.md describes them: an object keyed by
 * field key, one value per answered field.
 */

/** A name field's answer. */
export interface NameAnswer {
  given: string;
  family: string;
}

/** An address field's answer (German format). */
export interface AddressAnswer {
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
}

/** The answer of a field that can stand inside a repeated group. */
export type ItemAnswerValue = string | number | boolean | string[] | NameAnswer | AddressAnswer;

/** One item of a repeated group, keyed by the group's field keys. */
export type GroupItemAnswers = Record<string, ItemAnswerValue>;

/** The answer of any field; groups hold one object per item. */
export type AnswerValue = ItemAnswerValue | GroupItemAnswers[];

/** Checked answers of a form, keyed by field key (and `_interpreter`). */
export type Answers = Record<string, AnswerValue>;

/**
 * The reserved key of the review step's interpreter question ("I would like
 * an interpreter for …"): a locale code or free text of at most 60 characters.
 * Field keys start with a letter, so it can never clash with one.
 */
export const INTERPRETER_KEY = '_interpreter';
export const INTERPRETER_MAX_LENGTH = 60;
