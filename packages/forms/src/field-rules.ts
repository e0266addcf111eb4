// Zod's own address pattern, taken from its core alone: `z.email()` would pull
// the whole of zod into the portal's form pages for one regular expression.
import { regexes } from 'zod/v4/core';
import type { AddressAnswer, ItemAnswerValue, NameAnswer } from './answers.ts';
import { resolveDateBound, isIsoDate } from './dates.ts';
import type { DateBound, FormField, GroupItemField } from './definition.ts';
import type { ErrorCode, MessageParams } from './messages.ts';
import { compilePattern } from './pattern.ts';
import { cleanText, textLength } from './text.ts';

/** A field that takes an answer, at the top level or inside a group. */
export type InputField = Exclude<FormField, { type: 'heading' | 'info' | 'group' }>;

/** What a field's rules need besides the answer. */
export interface RuleContext {
  /** Today in the city, `YYYY-MM-DD`. */
  today: string;
  /** The values a directory-backed choice field accepts, by field key. */
  directoryValues: ReadonlyMap<string, ReadonlySet<string>>;
  /** Records a problem with the answer being checked. */
  fail: (code: ErrorCode, params?: Omit<MessageParams, 'label'>) => void;
}

/** The checked answer, or `undefined` when there is none (not answered, or refused). */
export type RuleResult = ItemAnswerValue | undefined;

/** The longest part of a name or address: longer parts are not names. */
const PART_MAX_LENGTH = 100;
/** A house number: 12, 12a, 12 a, 12-14, 12/1. */
const HOUSE_NUMBER = /^\d{1,5}(?: ?[a-zA-Z])?(?: ?[-/] ?\d{1,5}(?: ?[a-zA-Z])?)?$/;
const POSTAL_CODE = /^\d{5}$/;
/** Digits, spaces, slashes, hyphens, parentheses, and a leading plus. */
const PHONE = /^\+?[\d ()/-]+$/;
/** A file token as the plugin issues it: opaque, URL-safe. */
const FILE_TOKEN = /^[A-Za-z0-9_-]{8,200}$/;
/** RFC 5321 bounds an address at 254 characters. */
const EMAIL_MAX_LENGTH = 254;

/** A cleaned text answer, `''` when blank, `undefined` when refused (already reported). */
const text = (raw: unknown, multiline: boolean, ctx: RuleContext): string | undefined => {
  const result = cleanText(raw, multiline);
  if (!result.ok) {
    ctx.fail(result.code);
    return undefined;
  }
  return result.value;
};

/** Reports a missing answer when the field requires one. */
const missing = (field: InputField, ctx: RuleContext, code: ErrorCode): undefined => {
  if (field.required) {
    ctx.fail(code);
  }
  return undefined;
};

const lengthOk = (
  value: string,
  ctx: RuleContext,
  min: number | undefined,
  max: number
): boolean => {
  const length = textLength(value);
  if (min !== undefined && length < min) {
    ctx.fail('tooShort', { min });
    return false;
  }
  if (length > max) {
    ctx.fail('tooLong', { max });
    return false;
  }
  return true;
};

const isAbsent = (raw: unknown): boolean => raw === undefined || raw === null;

type Of<T extends InputField['type']> = Extract<InputField, { type: T }>;

const shortText = (field: Of<'shortText'>, raw: unknown, ctx: RuleContext): RuleResult => {
  const value = isAbsent(raw) ? '' : text(raw, false, ctx);
  if (value === undefined) {
    return undefined;
  }
  if (value === '') {
    return missing(field, ctx, 'required');
  }
  if (!lengthOk(value, ctx, field.minLength, field.maxLength)) {
    return undefined;
  }
  // The length is checked first: it bounds the work of the pattern (see pattern.ts).
  const pattern = field.pattern === undefined ? undefined : compilePattern(field.pattern);
  if (pattern !== undefined && !pattern.test(value)) {
    ctx.fail('pattern');
    return undefined;
  }
  return value;
};

const longText = (field: Of<'longText'>, raw: unknown, ctx: RuleContext): RuleResult => {
  const value = isAbsent(raw) ? '' : text(raw, true, ctx);
  if (value === undefined) {
    return undefined;
  }
  if (value === '') {
    return missing(field, ctx, 'required');
  }
  return lengthOk(value, ctx, field.minLength, field.maxLength) ? value : undefined;
};

const email = (field: Of<'email'>, raw: unknown, ctx: RuleContext): RuleResult => {
  const value = isAbsent(raw) ? '' : text(raw, false, ctx);
  if (value === undefined) {
    return undefined;
  }
  if (value === '') {
    return missing(field, ctx, 'required');
  }
  if (value.length > EMAIL_MAX_LENGTH || !regexes.email.test(value)) {
    ctx.fail('email');
    return undefined;
  }
  return value;
};

const phone = (field: Of<'phone'>, raw: unknown, ctx: RuleContext): RuleResult => {
  const value = isAbsent(raw) ? '' : text(raw, false, ctx);
  if (value === undefined) {
    return undefined;
  }
  if (value === '') {
    return missing(field, ctx, 'required');
  }
  const normalized = value.replace(/\s+/g, ' ');
  const digits = normalized.replace(/\D/g, '').length;
  if (!PHONE.test(normalized) || digits < 6 || digits > 20) {
    ctx.fail('phone');
    return undefined;
  }
  return normalized;
};

const number = (field: Of<'number'>, raw: unknown, ctx: RuleContext): RuleResult => {
  if (isAbsent(raw) || raw === '') {
    return missing(field, ctx, 'required');
  }
  if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    ctx.fail('number');
    return undefined;
  }
  if (field.integer && !Number.isInteger(raw)) {
    ctx.fail('integer');
  } else if (field.min !== undefined && raw < field.min) {
    ctx.fail('numberTooSmall', { min: field.min });
  } else if (field.max !== undefined && raw > field.max) {
    ctx.fail('numberTooLarge', { max: field.max });
  } else {
    return raw;
  }
  return undefined;
};

/** The message for a date outside a bound: "in the past" for bounds relative to today, else the date. */
const dateBoundCode = (bound: DateBound, side: 'min' | 'max'): ErrorCode | undefined => {
  if (typeof bound === 'string') {
    return undefined;
  }
  const days = bound.todayPlusDays;
  if (side === 'max' && (days === 0 || days === -1)) {
    return days === 0 ? 'dateTodayOrPast' : 'dateInPast';
  }
  if (side === 'min' && (days === 0 || days === 1)) {
    return days === 0 ? 'dateTodayOrFuture' : 'dateInFuture';
  }
  return undefined;
};

const date = (field: Of<'date'>, raw: unknown, ctx: RuleContext): RuleResult => {
  const value = isAbsent(raw) ? '' : text(raw, false, ctx);
  if (value === undefined) {
    return undefined;
  }
  if (value === '') {
    return missing(field, ctx, 'required');
  }
  if (!isIsoDate(value)) {
    ctx.fail('date');
    return undefined;
  }
  for (const side of ['min', 'max'] as const) {
    const bound = field[side];
    if (bound === undefined) {
      continue;
    }
    const limit = resolveDateBound(bound, ctx.today);
    if (side === 'min' ? value < limit : value > limit) {
      ctx.fail(dateBoundCode(bound, side) ?? (side === 'min' ? 'dateTooEarly' : 'dateTooLate'), {
        date: limit,
      });
      return undefined;
    }
  }
  return value;
};

/** The values a choice field accepts: its options, or the directory's for it. */
const allowedValues = (
  field: Of<'singleChoice' | 'multipleChoice'>,
  ctx: RuleContext
): ReadonlySet<string> =>
  field.optionsFromDirectory === undefined
    ? new Set(field.options.map((option) => option.value))
    : (ctx.directoryValues.get(field.key) ?? new Set());

const singleChoice = (field: Of<'singleChoice'>, raw: unknown, ctx: RuleContext): RuleResult => {
  if (isAbsent(raw) || raw === '') {
    return missing(field, ctx, 'requiredChoice');
  }
  if (typeof raw !== 'string') {
    ctx.fail('type');
    return undefined;
  }
  if (!allowedValues(field, ctx).has(raw)) {
    ctx.fail('option');
    return undefined;
  }
  return raw;
};

const multipleChoice = (
  field: Of<'multipleChoice'>,
  raw: unknown,
  ctx: RuleContext
): RuleResult => {
  if (isAbsent(raw) || (Array.isArray(raw) && raw.length === 0)) {
    return missing(field, ctx, 'requiredChoice');
  }
  const allowed = allowedValues(field, ctx);
  if (!Array.isArray(raw) || raw.length > 100 || !raw.every((value) => typeof value === 'string')) {
    ctx.fail('type');
    return undefined;
  }
  const values = [...new Set(raw as string[])];
  if (!values.every((value) => allowed.has(value))) {
    ctx.fail('option');
  } else if (field.minSelected !== undefined && values.length < field.minSelected) {
    ctx.fail('tooFewSelected', { min: field.minSelected });
  } else if (field.maxSelected !== undefined && values.length > field.maxSelected) {
    ctx.fail('tooManySelected', { max: field.maxSelected });
  } else {
    return values;
  }
  return undefined;
};

const yesNo = (field: Of<'yesNo'>, raw: unknown, ctx: RuleContext): RuleResult => {
  if (isAbsent(raw)) {
    return missing(field, ctx, 'requiredChoice');
  }
  if (typeof raw !== 'boolean') {
    ctx.fail('type');
    return undefined;
  }
  return raw;
};

const consent = (field: Of<'consent'>, raw: unknown, ctx: RuleContext): RuleResult => {
  if (!isAbsent(raw) && typeof raw !== 'boolean') {
    ctx.fail('type');
    return undefined;
  }
  if (raw !== true) {
    return field.required
      ? missing(field, ctx, 'requiredConsent')
      : raw === false
        ? false
        : undefined;
  }
  return true;
};

const file = (field: Of<'file'>, raw: unknown, ctx: RuleContext): RuleResult => {
  if (isAbsent(raw) || (Array.isArray(raw) && raw.length === 0)) {
    return missing(field, ctx, 'requiredFile');
  }
  if (!Array.isArray(raw) || !raw.every((token) => typeof token === 'string')) {
    ctx.fail('type');
    return undefined;
  }
  const tokens = [...new Set(raw as string[])];
  if (tokens.length > field.maxFiles) {
    ctx.fail('fileCount', { max: field.maxFiles });
    return undefined;
  }
  if (!tokens.every((token) => FILE_TOKEN.test(token))) {
    ctx.fail('fileToken');
    return undefined;
  }
  return tokens;
};

/**
 * The parts of a name or an address: an object with exactly these keys (each
 * optional), every part a short text. Reports and returns `undefined` when
 * it is no such object.
 */
const parts = <K extends string>(
  raw: unknown,
  keys: readonly K[],
  ctx: RuleContext
): Record<K, string> | undefined => {
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    !Object.keys(raw).every((key) => (keys as readonly string[]).includes(key))
  ) {
    ctx.fail('type');
    return undefined;
  }
  const result = {} as Record<K, string>;
  for (const key of keys) {
    const value = (raw as Record<string, unknown>)[key];
    const cleaned = isAbsent(value) ? '' : text(value, false, ctx);
    if (cleaned === undefined) {
      return undefined;
    }
    if (textLength(cleaned) > PART_MAX_LENGTH) {
      ctx.fail('tooLong', { max: PART_MAX_LENGTH });
      return undefined;
    }
    result[key] = cleaned;
  }
  return result;
};

const name = (field: Of<'name'>, raw: unknown, ctx: RuleContext): RuleResult => {
  if (isAbsent(raw)) {
    return missing(field, ctx, 'required');
  }
  const value = parts(raw, ['given', 'family'] as const, ctx);
  if (value === undefined) {
    return undefined;
  }
  if (value.given === '' && value.family === '') {
    return missing(field, ctx, 'required');
  }
  if (value.given === '') {
    ctx.fail('givenName');
  } else if (value.family === '') {
    ctx.fail('familyName');
  } else {
    return value satisfies NameAnswer;
  }
  return undefined;
};

const address = (field: Of<'address'>, raw: unknown, ctx: RuleContext): RuleResult => {
  if (isAbsent(raw)) {
    return missing(field, ctx, 'required');
  }
  const value = parts(raw, ['street', 'houseNumber', 'postalCode', 'city'] as const, ctx);
  if (value === undefined) {
    return undefined;
  }
  if (Object.values(value).every((part) => part === '')) {
    return missing(field, ctx, 'required');
  }
  const normalized: AddressAnswer = {
    ...value,
    houseNumber: value.houseNumber.replace(/\s+/g, ' '),
  };
  if (normalized.street === '') {
    ctx.fail('street');
  } else if (!HOUSE_NUMBER.test(normalized.houseNumber)) {
    ctx.fail('houseNumber');
  } else if (!POSTAL_CODE.test(normalized.postalCode)) {
    ctx.fail('postalCode');
  } else if (normalized.city === '') {
    ctx.fail('city');
  } else {
    return normalized;
  }
  return undefined;
};

const RULES: {
  [T in InputField['type']]: (field: Of<T>, raw: unknown, ctx: RuleContext) => RuleResult;
} = {
  shortText,
  longText,
  email,
  phone,
  number,
  date,
  singleChoice,
  multipleChoice,
  yesNo,
  consent,
  file,
  name,
  address,
};

/**
 * Checks one answer against its field's type and rules and returns it
 * normalized (texts trimmed, duplicates of a multiple choice dropped), or
 * `undefined` when the field is not answered or the answer was refused
 * (reported through `ctx.fail`).
 */
export const checkFieldAnswer = (
  field: InputField | GroupItemField,
  raw: unknown,
  ctx: RuleContext
): RuleResult =>
  (RULES[field.type] as (field: InputField, raw: unknown, ctx: RuleContext) => RuleResult)(
    field,
    raw,
    ctx
  );
