/**
 * What every locale's messages provide. The codes are the `code` of a
 * validation error (docs/forms.md); each message is a function of the
 * field's label in the locale and the numbers and dates of the rule, already
 * formatted for the locale (`Intl.NumberFormat`, `Intl.DateTimeFormat`).
 */
export const ERROR_CODES = [
  'required',
  'requiredChoice',
  'requiredFile',
  'requiredConsent',
  'tooShort',
  'tooLong',
  'pattern',
  'invalidCharacters',
  'email',
  'phone',
  'number',
  'integer',
  'numberTooSmall',
  'numberTooLarge',
  'date',
  'dateInPast',
  'dateTodayOrPast',
  'dateInFuture',
  'dateTodayOrFuture',
  'dateTooEarly',
  'dateTooLate',
  'option',
  'tooFewSelected',
  'tooManySelected',
  'givenName',
  'familyName',
  'street',
  'houseNumber',
  'postalCode',
  'city',
  'tooFewItems',
  'tooManyItems',
  'fileCount',
  'fileToken',
  'fileType',
  'fileTooLarge',
  'fileEmpty',
  'uploadsOff',
  'interpreter',
  'type',
  'unknownField',
  'invalidAnswers',
  'answersTooLarge',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The parts a message is made of, formatted for its locale. */
export interface MessageParts {
  /** The field's label in the locale (German where not translated). */
  label: string;
  /** The rule's lower bound, formatted (`1.000`, `١٬٠٠٠`); the raw number in `minCount`. */
  min: string;
  max: string;
  minCount: number;
  maxCount: number;
  /** A date bound, formatted as a long date in the locale. */
  date: string;
  /** The file types a field accepts, as a list in the locale: "PDF, JPEG oder PNG". */
  types: string;
  /** A file size in the locale: "5 MB". */
  size: string;
}

/** The messages of one locale. */
export interface Catalogue {
  messages: Record<ErrorCode, (parts: MessageParts) => string>;
  /** The label for errors of the review step's interpreter question. */
  interpreterLabel: string;
}
