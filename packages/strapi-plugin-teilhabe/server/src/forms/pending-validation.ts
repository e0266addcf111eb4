/**
 * Stand-in for the validation of `@teilhabe/forms` until it lands: the same
 * names and result shapes, with fewer rules and German messages only.
 * Replaced by the package's exports on merge.
 */
import { createHash } from 'node:crypto';
import type { Condition, FormDefinition, FormField, FormSnapshot } from '@teilhabe/forms';

export interface AnswerIssue {
  path: Array<string | number>;
  code: string;
  message: string;
}

export type AnswersResult =
  { ok: true; answers: Record<string, unknown> } | { ok: false; errors: AnswerIssue[] };

/** JSON with object keys sorted, the input of a snapshot's hash. */
export const canonicalJson = (value: unknown): string => {
  if (Array.isArray(value)) {
    return `[${value.map(canonicalJson).join(',')}]`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
};

/** SHA-256 of a snapshot without `hash` and `publishedAt`. */
export const snapshotHash = (snapshot: Omit<FormSnapshot, 'hash' | 'publishedAt'>): string =>
  createHash('sha256').update(canonicalJson(snapshot)).digest('hex');

const allFields = (definition: FormDefinition): FormField[] =>
  definition.steps.flatMap((step) => step.fields);

/** Problems a schema cannot see: duplicate keys, conditions on unknown or later fields. */
export const lintDefinition = (definition: FormDefinition): AnswerIssue[] => {
  const issues: AnswerIssue[] = [];
  const seen = new Set<string>();
  definition.steps.forEach((step, stepIndex) => {
    const check = (condition: Condition | undefined, path: Array<string | number>) => {
      if (condition && !seen.has(condition.field)) {
        issues.push({
          path,
          code: 'condition',
          message: `Die Bedingung bezieht sich auf „${condition.field}“, das vorher nicht gefragt wird.`,
        });
      }
    };
    check(step.condition, ['steps', stepIndex, 'condition']);
    step.fields.forEach((field, fieldIndex) => {
      const path = ['steps', stepIndex, 'fields', fieldIndex];
      check(field.condition, [...path, 'condition']);
      if (seen.has(field.key)) {
        issues.push({
          path: [...path, 'key'],
          code: 'duplicate',
          message: `Der Schlüssel „${field.key}“ kommt mehrfach vor.`,
        });
      }
      seen.add(field.key);
    });
  });
  if (
    new Set(definition.statuses.map((status) => status.code)).size !== definition.statuses.length
  ) {
    issues.push({
      path: ['statuses'],
      code: 'duplicate',
      message: 'Ein Status-Kürzel kommt mehrfach vor.',
    });
  }
  return issues;
};

const holds = (condition: Condition | undefined, answers: Record<string, unknown>): boolean => {
  if (!condition) {
    return true;
  }
  const answer = answers[condition.field];
  switch (condition.operator) {
    case 'equals':
      return answer === condition.value;
    case 'notEquals':
      return answer !== condition.value;
    case 'includes':
      return Array.isArray(answer) && answer.includes(condition.value);
    default:
      return (
        answer !== undefined && answer !== '' && !(Array.isArray(answer) && answer.length === 0)
      );
  }
};

const isText = (value: unknown) => typeof value === 'string';
const TYPE_CHECKS: Partial<Record<FormField['type'], (value: unknown) => boolean>> = {
  shortText: isText,
  longText: isText,
  email: (value) => isText(value) && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value as string),
  phone: (value) => isText(value) && /^[+0-9 ()/-]{5,30}$/.test(value as string),
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  date: (value) => isText(value) && /^\d{4}-\d{2}-\d{2}$/.test(value as string),
  singleChoice: isText,
  multipleChoice: (value) => Array.isArray(value) && value.every(isText),
  yesNo: (value) => typeof value === 'boolean',
  consent: (value) => typeof value === 'boolean',
  file: (value) => Array.isArray(value) && value.every(isText),
  name: (value) =>
    !!value && typeof value === 'object' && isText((value as { given?: unknown }).given),
  address: (value) =>
    !!value && typeof value === 'object' && isText((value as { city?: unknown }).city),
  group: Array.isArray,
};

/** Checks answers against a snapshot: unknown keys, required fields, types. */
export const validateAnswers = (snapshot: FormSnapshot, input: unknown): AnswersResult => {
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, errors: [{ path: [], code: 'type', message: 'Die Antworten fehlen.' }] };
  }
  const answers = input as Record<string, unknown>;
  const errors: AnswerIssue[] = [];
  const visible = new Set<string>(['_interpreter']);
  for (const step of snapshot.definition.steps) {
    if (!holds(step.condition, answers)) {
      continue;
    }
    for (const field of step.fields) {
      if (!holds(field.condition, answers) || field.type === 'heading' || field.type === 'info') {
        continue;
      }
      visible.add(field.key);
      const value = answers[field.key];
      const empty = value === undefined || value === '' || value === false;
      if (empty) {
        if (field.required) {
          errors.push({
            path: [field.key],
            code: 'required',
            message: 'Bitte beantworten Sie diese Frage.',
          });
        }
        continue;
      }
      if (!TYPE_CHECKS[field.type]?.(value)) {
        errors.push({
          path: [field.key],
          code: 'type',
          message: 'Diese Antwort hat nicht die richtige Form.',
        });
      } else if (
        'maxLength' in field &&
        typeof value === 'string' &&
        value.length > (field.maxLength ?? 200)
      ) {
        errors.push({ path: [field.key], code: 'tooLong', message: 'Die Antwort ist zu lang.' });
      } else if ('options' in field && field.options.length > 0 && !field.optionsFromDirectory) {
        const values = new Set(field.options.map((option) => option.value));
        if (![value].flat().every((item) => values.has(item as string))) {
          errors.push({
            path: [field.key],
            code: 'option',
            message: 'Bitte wählen Sie eine der Möglichkeiten.',
          });
        }
      }
    }
  }
  for (const key of Object.keys(answers)) {
    if (!visible.has(key)) {
      errors.push({
        path: [key],
        code: 'unknown',
        message: 'Diese Frage gibt es in diesem Formular nicht.',
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers };
};

const texts = (value: unknown, found: Array<Record<string, unknown>> = []) => {
  if (Array.isArray(value)) {
    value.forEach((item) => texts(item, found));
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.de === 'string') {
      found.push(record);
    } else {
      Object.values(record).forEach((item) => texts(item, found));
    }
  }
  return found;
};

/** Whether every text of a snapshot a resident reads is written in a locale. */
export const isTranslated = (
  snapshot: Pick<FormSnapshot, 'texts' | 'definition'>,
  locale: string
): boolean =>
  texts([snapshot.texts, snapshot.definition]).every(
    (text) => typeof text[locale] === 'string' && (text[locale] as string).trim() !== ''
  );
