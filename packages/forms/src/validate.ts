import {
  INTERPRETER_KEY,
  INTERPRETER_MAX_LENGTH,
  type AnswerValue,
  type Answers,
  type GroupItemAnswers,
} from './answers.ts';
import { conditionHolds, definitionOf, pruneHidden, type DefinitionSource } from './conditions.ts';
import type { FormField, FormStep, GroupItemField } from './definition.ts';
import { checkFieldAnswer, type InputField, type RuleContext } from './field-rules.ts';
import { formatMessage, interpreterLabel, type ErrorCode, type MessageParams } from './messages.ts';
import { cleanText, textLength } from './text.ts';
import { localize } from './translation.ts';

/** Answers larger than this (UTF-8 of their JSON) are refused before anything else. */
export const MAX_ANSWERS_BYTES = 256 * 1024;

/** Where an error is: `["children", 0, "birthDate"]`; `[]` for the answers as a whole. */
export type AnswerPath = (string | number)[];

/** One refused answer, with its message in the requested locale. */
export interface ValidationError {
  path: AnswerPath;
  code: ErrorCode;
  message: string;
}

export type ValidationResult =
  { ok: true; answers: Answers } | { ok: false; errors: ValidationError[] };

/** The options of a directory-backed choice field, as `teilhabeForm` returns them. */
export interface DirectoryFieldOptions {
  field: string;
  options: ReadonlyArray<{ value: string }>;
}

export interface ValidationOptions {
  /** The locale of the messages (German for any other string). */
  locale: string;
  /** Today in the city, `YYYY-MM-DD` (see `cityToday`). */
  today: string;
  /**
   * The options of every directory-backed choice field. A field left out
   * accepts no value at all: the directory decides what is valid.
   */
  directoryOptions?: ReadonlyArray<DirectoryFieldOptions>;
  /**
   * Check one step only: its visible fields are checked and returned. The
   * answers may also hold the other steps' answers (the conditions read
   * them); those are neither checked nor returned, but keys that are no
   * field of the form are still refused.
   */
  stepKey?: string;
}

type Report = (path: AnswerPath, code: ErrorCode, params?: MessageParams) => void;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The length of a text in UTF-8 bytes, counted without encoding it (the
 * package needs no `TextEncoder`, which is neither ECMAScript nor in every
 * bundle's types); a lone surrogate counts as the 3 bytes of its replacement.
 */
const utf8Length = (text: string): number => {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
};

/** The size of the answers' JSON in UTF-8 bytes, or `undefined` when they have none (a cycle, a BigInt). */
const jsonBytes = (answers: unknown): number | undefined => {
  try {
    return utf8Length(JSON.stringify(answers));
  } catch {
    return undefined;
  }
};

const isInput = (field: FormField): field is InputField | Extract<FormField, { type: 'group' }> =>
  field.type !== 'heading' && field.type !== 'info';

/** Checks one answer of a field (not a group), reporting at `path` with the field's label. */
const checkOne = (
  field: InputField | GroupItemField,
  raw: unknown,
  path: AnswerPath,
  base: Omit<RuleContext, 'fail'>,
  locale: string,
  report: Report
): AnswerValue | undefined =>
  checkFieldAnswer(field, raw, {
    ...base,
    fail: (code, params) => report(path, code, { ...params, label: localize(field.label, locale) }),
  });

/** Checks the items of a repeated group: their number, then every item's fields. */
const checkGroup = (
  field: Extract<FormField, { type: 'group' }>,
  raw: unknown,
  topLevel: Readonly<Record<string, unknown>>,
  base: Omit<RuleContext, 'fail'>,
  locale: string,
  report: Report
): GroupItemAnswers[] | undefined => {
  const label = localize(field.label, locale);
  if (raw === undefined || raw === null || (Array.isArray(raw) && raw.length === 0)) {
    if (field.required) {
      report([field.key], 'tooFewItems', { label, min: Math.max(field.minItems, 1) });
    }
    return undefined;
  }
  if (!Array.isArray(raw) || !raw.every(isPlainObject)) {
    report([field.key], 'type', { label });
    return undefined;
  }
  if (raw.length < field.minItems) {
    report([field.key], 'tooFewItems', { label, min: field.minItems });
    return undefined;
  }
  if (raw.length > field.maxItems) {
    report([field.key], 'tooManyItems', { label, max: field.maxItems });
    return undefined;
  }
  const shown = field.fields.filter((item) => conditionHolds(item.condition, topLevel));
  const known = new Set(field.fields.map((item) => item.key));
  let failed = false;
  const items = raw.map((item, index) => {
    const answers: GroupItemAnswers = {};
    for (const key of Object.keys(item).filter((candidate) => !known.has(candidate))) {
      report([field.key, index, key], 'unknownField');
      failed = true;
    }
    for (const itemField of shown) {
      const value = checkOne(
        itemField,
        item[itemField.key],
        [field.key, index, itemField.key],
        base,
        locale,
        (...args) => {
          failed = true;
          report(...args);
        }
      );
      if (value !== undefined) {
        answers[itemField.key] = value as GroupItemAnswers[string];
      }
    }
    return answers;
  });
  return failed ? undefined : items;
};

/** Checks the review step's interpreter answer: a short text of at most 60 characters. */
const checkInterpreter = (raw: unknown, locale: string, report: Report): string | undefined => {
  if (raw === undefined || raw === null) {
    return undefined;
  }
  const label = interpreterLabel(locale);
  const result = cleanText(raw, false);
  if (!result.ok) {
    report([INTERPRETER_KEY], result.code, { label });
    return undefined;
  }
  if (textLength(result.value) > INTERPRETER_MAX_LENGTH) {
    report([INTERPRETER_KEY], 'interpreter', { max: INTERPRETER_MAX_LENGTH });
    return undefined;
  }
  return result.value === '' ? undefined : result.value;
};

/**
 * Checks a resident's answers against a published version of a form, the
 * same way in the portal (instant feedback) and in the plugin (the
 * authoritative check before anything is stored).
 *
 * What it does, in order: refuses answers that are no object, have no JSON
 * form, or whose JSON is larger than {@link MAX_ANSWERS_BYTES}; refuses keys that are no field
 * of the form (and `_interpreter` unless the form asks for an interpreter);
 * drops the answers of hidden fields and steps (conditions, `pruneHidden`);
 * checks every visible field (or, with `stepKey`, the fields of that step)
 * against its type and rules; normalizes texts (NFC, trimmed, blank means
 * not answered).
 * @returns the normalized answers of the visible fields, or every error with
 *   its message in `options.locale`, in form order
 * @throws RangeError when `stepKey` names no step of the form (a caller's mistake)
 */
export const validateAnswers = (
  source: DefinitionSource,
  answers: unknown,
  options: ValidationOptions
): ValidationResult => {
  const definition = definitionOf(source);
  const { locale } = options;
  const errors: ValidationError[] = [];
  const report: Report = (path, code, params) =>
    errors.push({ path, code, message: formatMessage(code, locale, params) });

  const steps: FormStep[] =
    options.stepKey === undefined
      ? definition.steps
      : definition.steps.filter((step) => step.key === options.stepKey);
  if (steps.length === 0) {
    throw new RangeError(`The form has no step "${String(options.stepKey)}"`);
  }
  const bytes = isPlainObject(answers) ? jsonBytes(answers) : undefined;
  if (!isPlainObject(answers) || bytes === undefined) {
    report([], 'invalidAnswers');
    return { ok: false, errors };
  }
  if (bytes > MAX_ANSWERS_BYTES) {
    report([], 'answersTooLarge');
    return { ok: false, errors };
  }

  const fieldKeys = new Set(
    definition.steps.flatMap((step) => step.fields.filter(isInput).map((field) => field.key))
  );
  for (const key of Object.keys(answers)) {
    if (!fieldKeys.has(key) && !(key === INTERPRETER_KEY && definition.askForInterpreter)) {
      report([key], 'unknownField');
    }
  }
  if (errors.length > 0) {
    return { ok: false, errors };
  }

  const shown = pruneHidden(definition, answers);
  const base: Omit<RuleContext, 'fail'> = {
    today: options.today,
    directoryValues: new Map(
      (options.directoryOptions ?? []).map((entry) => [
        entry.field,
        new Set(entry.options.map((option) => option.value)),
      ])
    ),
  };
  const checked: Answers = {};
  for (const step of steps) {
    if (!conditionHolds(step.condition, shown)) {
      continue;
    }
    for (const field of step.fields) {
      if (!isInput(field) || !conditionHolds(field.condition, shown)) {
        continue;
      }
      const value =
        field.type === 'group'
          ? checkGroup(field, shown[field.key], shown, base, locale, report)
          : checkOne(field, shown[field.key], [field.key], base, locale, report);
      if (value !== undefined) {
        checked[field.key] = value;
      }
    }
  }
  if (options.stepKey === undefined && definition.askForInterpreter) {
    const interpreter = checkInterpreter(answers[INTERPRETER_KEY], locale, report);
    if (interpreter !== undefined) {
      checked[INTERPRETER_KEY] = interpreter;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, answers: checked };
};
