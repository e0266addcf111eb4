import type { Catalogue } from './catalogue.ts';

const entries = (count: number) => (count === 1 ? 'Eintrag' : 'Einträge');
const files = (count: number) => (count === 1 ? 'Datei' : 'Dateien');

/** German: the source; addresses the resident with "Sie", as the city does. */
export const de: Catalogue = {
  interpreterLabel: 'Dolmetschen',
  messages: {
    required: (p) => `Geben Sie „${p.label}“ an`,
    requiredChoice: (p) => `Wählen Sie bei „${p.label}“ eine Antwort aus`,
    requiredFile: (p) => `Wählen Sie bei „${p.label}“ eine Datei aus`,
    requiredConsent: (p) => `Bestätigen Sie „${p.label}“, um fortzufahren`,
    tooShort: (p) => `„${p.label}“ muss mindestens ${p.min} Zeichen lang sein`,
    tooLong: (p) => `„${p.label}“ darf höchstens ${p.max} Zeichen lang sein`,
    pattern: (p) => `Geben Sie „${p.label}“ im richtigen Format an`,
    invalidCharacters: (p) =>
      `„${p.label}“ enthält Zeichen, die nicht erlaubt sind. Entfernen Sie sie oder geben Sie den Text neu ein`,
    email: (p) =>
      `Geben Sie bei „${p.label}“ eine E-Mail-Adresse im richtigen Format an, zum Beispiel name@beispiel.de`,
    phone: (p) =>
      `Geben Sie bei „${p.label}“ eine Telefonnummer an, zum Beispiel 01234 567890 oder +49 1234 567890`,
    number: (p) => `„${p.label}“ muss eine Zahl sein`,
    integer: (p) => `„${p.label}“ muss eine ganze Zahl sein`,
    numberTooSmall: (p) => `„${p.label}“ muss ${p.min} oder größer sein`,
    numberTooLarge: (p) => `„${p.label}“ muss ${p.max} oder kleiner sein`,
    date: (p) => `„${p.label}“ muss ein gültiges Datum sein`,
    dateInPast: (p) => `„${p.label}“ muss in der Vergangenheit liegen`,
    dateTodayOrPast: (p) => `„${p.label}“ darf nicht in der Zukunft liegen`,
    dateInFuture: (p) => `„${p.label}“ muss in der Zukunft liegen`,
    dateTodayOrFuture: (p) => `„${p.label}“ darf nicht in der Vergangenheit liegen`,
    dateTooEarly: (p) => `„${p.label}“ muss der ${p.date} oder später sein`,
    dateTooLate: (p) => `„${p.label}“ muss der ${p.date} oder früher sein`,
    option: (p) => `Wählen Sie bei „${p.label}“ eine der angebotenen Antworten aus`,
    tooFewSelected: (p) => `Wählen Sie bei „${p.label}“ mindestens ${p.min} aus`,
    tooManySelected: (p) => `Wählen Sie bei „${p.label}“ höchstens ${p.max} aus`,
    givenName: (p) => `Geben Sie bei „${p.label}“ den Vornamen an`,
    familyName: (p) => `Geben Sie bei „${p.label}“ den Nachnamen an`,
    street: (p) => `Geben Sie bei „${p.label}“ die Straße an`,
    houseNumber: (p) => `Geben Sie bei „${p.label}“ die Hausnummer an, zum Beispiel 12 oder 12a`,
    postalCode: (p) =>
      `Geben Sie bei „${p.label}“ eine fünfstellige Postleitzahl an, zum Beispiel 12345`,
    city: (p) => `Geben Sie bei „${p.label}“ den Ort an`,
    tooFewItems: (p) => `Geben Sie bei „${p.label}“ mindestens ${p.min} ${entries(p.minCount)} an`,
    tooManyItems: (p) => `Bei „${p.label}“ sind höchstens ${p.max} ${entries(p.maxCount)} möglich`,
    fileCount: (p) =>
      `Bei „${p.label}“ können Sie höchstens ${p.max} ${files(p.maxCount)} hochladen`,
    fileToken: (p) =>
      `Die Datei bei „${p.label}“ wurde nicht gefunden. Laden Sie sie noch einmal hoch`,
    fileType: (p) => `Die Datei bei „${p.label}“ muss ein ${p.types} sein`,
    fileTooLarge: (p) => `Die Datei bei „${p.label}“ darf höchstens ${p.size} groß sein`,
    fileEmpty: (p) => `Die ausgewählte Datei bei „${p.label}“ ist leer`,
    uploadsOff: (p) =>
      `Bei „${p.label}“ können in diesem Formular keine Dateien hochgeladen werden. Senden Sie die Unterlagen per Post oder bringen Sie sie mit`,
    interpreter: (p) => `Die Sprache für das Dolmetschen darf höchstens ${p.max} Zeichen lang sein`,
    type: (p) => `Die Antwort bei „${p.label}“ hat nicht das erwartete Format`,
    unknownField: () =>
      'Das Formular hat eine Angabe erhalten, die es nicht kennt. Laden Sie die Seite neu und versuchen Sie es noch einmal',
    invalidAnswers: () =>
      'Die Angaben konnten nicht gelesen werden. Laden Sie die Seite neu und versuchen Sie es noch einmal',
    answersTooLarge: () =>
      'Ihre Angaben sind zu umfangreich. Kürzen Sie lange Texte und versuchen Sie es noch einmal',
  },
};
