import type { Catalogue } from './catalogue.ts';

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

/** English, in the style of GOV.UK's error messages. */
export const en: Catalogue = {
  interpreterLabel: 'Interpreter',
  messages: {
    required: (p) => `Enter “${p.label}”`,
    requiredChoice: (p) => `Select an answer for “${p.label}”`,
    requiredFile: (p) => `Select a file for “${p.label}”`,
    requiredConsent: (p) => `Confirm “${p.label}” to continue`,
    tooShort: (p) =>
      `“${p.label}” must be ${p.min} ${plural(p.minCount, 'character', 'characters')} or more`,
    tooLong: (p) =>
      `“${p.label}” must be ${p.max} ${plural(p.maxCount, 'character', 'characters')} or fewer`,
    pattern: (p) => `Enter “${p.label}” in the correct format`,
    invalidCharacters: (p) =>
      `“${p.label}” contains characters that are not allowed. Remove them or type the text again`,
    email: (p) =>
      `Enter an email address in the correct format for “${p.label}”, like name@example.com`,
    phone: (p) => `Enter a phone number for “${p.label}”, like 01234 567890 or +49 1234 567890`,
    number: (p) => `“${p.label}” must be a number`,
    integer: (p) => `“${p.label}” must be a whole number`,
    numberTooSmall: (p) => `“${p.label}” must be ${p.min} or more`,
    numberTooLarge: (p) => `“${p.label}” must be ${p.max} or less`,
    date: (p) => `“${p.label}” must be a real date`,
    dateInPast: (p) => `“${p.label}” must be in the past`,
    dateTodayOrPast: (p) => `“${p.label}” must be today or in the past`,
    dateInFuture: (p) => `“${p.label}” must be in the future`,
    dateTodayOrFuture: (p) => `“${p.label}” must be today or in the future`,
    dateTooEarly: (p) => `“${p.label}” must be the same as or after ${p.date}`,
    dateTooLate: (p) => `“${p.label}” must be the same as or before ${p.date}`,
    option: (p) => `Select one of the answers offered for “${p.label}”`,
    tooFewSelected: (p) => `Select at least ${p.min} for “${p.label}”`,
    tooManySelected: (p) => `Select no more than ${p.max} for “${p.label}”`,
    givenName: (p) => `Enter the first name for “${p.label}”`,
    familyName: (p) => `Enter the last name for “${p.label}”`,
    street: (p) => `Enter the street for “${p.label}”`,
    houseNumber: (p) => `Enter the house number for “${p.label}”, like 12 or 12a`,
    postalCode: (p) => `Enter a postcode with 5 digits for “${p.label}”, like 12345`,
    city: (p) => `Enter the town or city for “${p.label}”`,
    tooFewItems: (p) =>
      `Add at least ${p.min} ${plural(p.minCount, 'entry', 'entries')} for “${p.label}”`,
    tooManyItems: (p) =>
      `“${p.label}” can have no more than ${p.max} ${plural(p.maxCount, 'entry', 'entries')}`,
    fileCount: (p) =>
      `You can upload no more than ${p.max} ${plural(p.maxCount, 'file', 'files')} for “${p.label}”`,
    fileToken: (p) => `The file for “${p.label}” could not be found. Upload it again`,
    fileType: (p) => `The file for “${p.label}” must be a ${p.types}`,
    fileTooLarge: (p) => `The file for “${p.label}” must be ${p.size} or smaller`,
    fileEmpty: (p) => `The selected file for “${p.label}” is empty`,
    uploadsOff: (p) =>
      `Files cannot be uploaded for “${p.label}” on this form. Send the documents by post or bring them with you`,
    interpreter: (p) => `The language for the interpreter must be ${p.max} characters or fewer`,
    type: (p) => `The answer for “${p.label}” is not in the expected format`,
    unknownField: () =>
      'The form received an answer it does not know. Reload the page and try again',
    invalidAnswers: () => 'Your answers could not be read. Reload the page and try again',
    answersTooLarge: () => 'Your answers are too long. Shorten long texts and try again',
  },
};
