import {
  INTERPRETER_KEY,
  type AddressAnswer,
  type Answers,
  type FormField,
  type FormSnapshot,
  type GroupItemField,
  type NameAnswer,
} from '@teilhabe/forms';
import type { DirectoryOptions } from '../read-service';
import type { AnswerRow } from './types';

const GERMAN_DATE = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', dateStyle: 'medium' });
const GERMAN_NUMBER = new Intl.NumberFormat('de-DE');

const germanDate = (value: string): string => {
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? value : GERMAN_DATE.format(date);
};

/**
 * The lines of one answer in German: option labels instead of values, dates
 * and numbers as Germans write them. The portal writes the same answers out
 * in the resident's language with its own formatting (`form-answers.ts`);
 * here the reader is always the city's German-speaking caseworker.
 */
const linesOf = (
  field: FormField | GroupItemField,
  value: unknown,
  directory: DirectoryOptions[]
): string[] => {
  const optionLabel = (choice: string): string => {
    if ('optionsFromDirectory' in field && field.optionsFromDirectory) {
      const options = directory.find((entry) => entry.field === field.key)?.options ?? [];
      return options.find((option) => option.value === choice)?.label.text ?? choice;
    }
    const option =
      'options' in field ? field.options.find((entry) => entry.value === choice) : undefined;
    return option ? option.label.de : choice;
  };
  if (value === undefined || value === null || value === '') {
    return [];
  }
  switch (field.type) {
    case 'singleChoice':
      return [optionLabel(String(value))];
    case 'multipleChoice':
      return (Array.isArray(value) ? value : [value]).map((choice) => optionLabel(String(choice)));
    case 'yesNo':
      return [value === true ? 'Ja' : 'Nein'];
    case 'consent':
      return value === true ? ['Zugestimmt'] : [];
    case 'number':
      return [typeof value === 'number' ? GERMAN_NUMBER.format(value) : String(value)];
    case 'date':
      return [germanDate(String(value))];
    case 'name': {
      const name = value as NameAnswer;
      return [[name.given, name.family].filter(Boolean).join(' ')].filter(Boolean);
    }
    case 'address': {
      const address = value as AddressAnswer;
      return [
        [address.street, address.houseNumber].filter(Boolean).join(' '),
        [address.postalCode, address.city].filter(Boolean).join(' '),
      ].filter(Boolean);
    }
    case 'file': {
      // The files themselves are listed and downloaded apart; the answer says how many.
      const count = Array.isArray(value) ? value.length : 0;
      return count === 0 ? [] : [`${count} ${count === 1 ? 'Datei' : 'Dateien'} (unter „Dateien“)`];
    }
    case 'heading':
    case 'info':
      return [];
    default:
      return [String(value)];
  }
};

/**
 * Every answered question of a submission in the order of the form, in
 * German; the items of a repeated group are numbered ("Kind 2 – Geburtsdatum").
 * @param snapshot the version the submission was sent on
 * @param answers the opened answers
 * @param directory the labels of options taken from the directory
 * @returns one row per answered question
 */
export const answerRows = (
  snapshot: FormSnapshot,
  answers: Answers,
  directory: DirectoryOptions[] = []
): AnswerRow[] => {
  const rows: AnswerRow[] = [];
  for (const field of snapshot.definition.steps.flatMap((step) => step.fields)) {
    if (field.type !== 'group') {
      const lines = linesOf(field, answers[field.key], directory);
      if (lines.length > 0) {
        rows.push({ key: field.key, label: field.label.de, lines });
      }
      continue;
    }
    const items = Array.isArray(answers[field.key]) ? (answers[field.key] as Answers[]) : [];
    items.forEach((item, index) => {
      for (const itemField of field.fields) {
        const lines = linesOf(itemField, item[itemField.key], directory);
        if (lines.length > 0) {
          rows.push({
            key: `${field.key}.${index + 1}.${itemField.key}`,
            label: `${field.itemLabel.de} ${index + 1} – ${itemField.label.de}`,
            lines,
          });
        }
      }
    });
  }
  const interpreter = answers[INTERPRETER_KEY];
  if (typeof interpreter === 'string' && interpreter.trim()) {
    rows.push({ key: INTERPRETER_KEY, label: 'Dolmetschen gewünscht', lines: [interpreter] });
  }
  return rows;
};
