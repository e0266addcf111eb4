import { INTERPRETER_KEY } from './answers.ts';
import { definitionOf, type DefinitionSource } from './conditions.ts';
import type { FormField, GroupItemField } from './definition.ts';

/**
 * Form posts of the portal's no-JavaScript path: a step's `<form>` posted as
 * `application/x-www-form-urlencoded` or `multipart/form-data`, read into
 * flat `[name, value]` entries (`URLSearchParams`, `FormData`), and back.
 *
 * Names follow the bracket convention: `email`, `name[given]`,
 * `address[postalCode]`, `children[0][birthDate]`, `children[1][name][family]`;
 * a multiple choice or a file field repeats its name once per value. Values
 * are typed by the field they belong to: `true`/`false` for yes/no, `on` (a
 * checked checkbox) or `true` for consent, numbers with a decimal point or a
 * German decimal comma. What cannot be typed stays the string it was, for
 * `validateAnswers` to refuse with a message.
 */

/** One entry of a posted form; file parts (not strings) are ignored. */
export type PostEntry = readonly [name: string, value: unknown];

/** Posted answers, typed by their fields but not yet checked. */
export type PostedAnswers = Record<string, unknown>;

/** The highest group item index read; items are numbered by the portal, never this many. */
const MAX_ITEM_INDEX = 999;
const NAME = /^([A-Za-z_][A-Za-z0-9_]*)((?:\[[A-Za-z0-9]*\])*)$/;

/** `children[0][name][given]` → `['children', '0', 'name', 'given']`; `undefined` for other syntax. */
const segmentsOf = (name: string): string[] | undefined => {
  const match = NAME.exec(name);
  if (!match) {
    return undefined;
  }
  const rest = match[2] === undefined || match[2] === '' ? [] : match[2].slice(1, -1).split('][');
  return [match[1] as string, ...rest];
};

/** The entries under one name prefix, keyed by what follows it (`''` for the name itself). */
type Entries = Map<string, string[]>;

const keyOf = (segments: readonly string[]): string => segments.join('/');

/** A number as residents type it: `12`, `-3`, `2.5`, `2,5`, `1.000,5`; else the text as it was. */
const toNumber = (text: string): number | string => {
  const compact = text.replace(/[\s\u00A0\u202F]/g, '');
  let normal = compact;
  if (compact.includes(',') && compact.includes('.')) {
    normal = compact.replace(/\./g, '').replace(',', '.');
  } else if (compact.includes(',')) {
    normal = compact.replace(',', '.');
  }
  if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i.test(normal)) {
    const value = Number(normal);
    if (Number.isFinite(value)) {
      return value;
    }
  }
  return text;
};

const toBoolean = (text: string, checkbox: boolean): boolean | string => {
  if (text === 'true' || (checkbox && text === 'on')) {
    return true;
  }
  return text === 'false' ? false : text;
};

/** A date from one input (`2021-03-27`) or GOV.UK's three (`[day]`, `[month]`, `[year]`). */
const readDate = (entries: Entries, prefix: readonly string[]): string | undefined => {
  const whole = entries.get(keyOf(prefix))?.[0];
  if (whole !== undefined) {
    return whole;
  }
  const part = (name: string) => entries.get(keyOf([...prefix, name]))?.[0]?.trim();
  const [day, month, year] = [part('day'), part('month'), part('year')];
  if (day === undefined && month === undefined && year === undefined) {
    return undefined;
  }
  if (!day && !month && !year) {
    return '';
  }
  return `${year ?? ''}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
};

const readParts = (
  entries: Entries,
  prefix: readonly string[],
  keys: readonly string[]
): Record<string, string> | undefined => {
  const result: Record<string, string> = {};
  let any = false;
  for (const key of keys) {
    const value = entries.get(keyOf([...prefix, key]))?.[0];
    if (value !== undefined) {
      result[key] = value;
      any = true;
    }
  }
  return any ? result : undefined;
};

/** Reads the answer of one field (not a group) under a name prefix. */
const readField = (
  field: Exclude<FormField, { type: 'group' }> | GroupItemField,
  entries: Entries,
  prefix: readonly string[]
): unknown => {
  const values = entries.get(keyOf(prefix));
  const first = values?.[0];
  switch (field.type) {
    case 'heading':
    case 'info':
      return undefined;
    case 'multipleChoice':
    case 'file':
      return values?.filter((value) => value !== '');
    case 'number':
      return first === undefined || first.trim() === '' ? undefined : toNumber(first);
    case 'yesNo':
      return first === undefined || first === '' ? undefined : toBoolean(first, false);
    case 'consent':
      return first === undefined || first === '' ? undefined : toBoolean(first, true);
    case 'date':
      return readDate(entries, prefix);
    case 'name':
      return readParts(entries, prefix, ['given', 'family']);
    case 'address':
      return readParts(entries, prefix, ['street', 'houseNumber', 'postalCode', 'city']);
    default:
      return first;
  }
};

/** The item indexes posted for a group, in order; gaps (a removed item) close up. */
const itemIndexes = (entries: Entries, key: string): number[] => {
  const indexes = new Set<number>();
  for (const name of entries.keys()) {
    const [head, index] = name.split('/');
    if (
      head === key &&
      index !== undefined &&
      /^\d{1,3}$/.test(index) &&
      Number(index) <= MAX_ITEM_INDEX
    ) {
      indexes.add(Number(index));
    }
  }
  return [...indexes].sort((a, b) => a - b);
};

const readGroup = (field: Extract<FormField, { type: 'group' }>, entries: Entries): unknown => {
  const items = itemIndexes(entries, field.key).map((index) => {
    const item: Record<string, unknown> = {};
    for (const itemField of field.fields) {
      const value = readField(itemField, entries, [field.key, String(index), itemField.key]);
      if (value !== undefined) {
        item[itemField.key] = value;
      }
    }
    return item;
  });
  return items.length > 0 ? items : undefined;
};

/**
 * Reads the answers of a posted form: of one step (`stepKey`) or, without it,
 * of every step and the interpreter question, as the hidden inputs of
 * {@link toPostEntries} carry them. Entries that belong to no field (the
 * portal's own, such as a token) are ignored; so are file parts.
 */
export const parsePost = (
  source: DefinitionSource,
  entries: Iterable<PostEntry>,
  stepKey?: string
): PostedAnswers => {
  const byName: Entries = new Map();
  for (const [name, value] of entries) {
    const segments = typeof value === 'string' ? segmentsOf(name) : undefined;
    if (segments !== undefined) {
      const key = keyOf(segments);
      byName.set(key, [...(byName.get(key) ?? []), value as string]);
    }
  }
  const definition = definitionOf(source);
  const steps = definition.steps.filter((step) => stepKey === undefined || step.key === stepKey);
  const answers: PostedAnswers = {};
  for (const field of steps.flatMap((step) => step.fields)) {
    const value =
      field.type === 'group' ? readGroup(field, byName) : readField(field, byName, [field.key]);
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) {
      answers[field.key] = value;
    }
  }
  const interpreter = byName.get(INTERPRETER_KEY)?.[0];
  if (
    stepKey === undefined &&
    definition.askForInterpreter &&
    interpreter !== undefined &&
    interpreter !== ''
  ) {
    answers[INTERPRETER_KEY] = interpreter;
  }
  return answers;
};

const entriesOf = (name: string, value: unknown, into: [string, string][]): void => {
  if (value === undefined || value === null) {
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      if (typeof item === 'object' && item !== null) {
        entriesOf(`${name}[${index}]`, item, into);
      } else {
        entriesOf(name, item, into);
      }
    });
  } else if (typeof value === 'object') {
    for (const [key, part] of Object.entries(value)) {
      entriesOf(`${name}[${key}]`, part, into);
    }
  } else {
    into.push([name, String(value)]);
  }
};

/**
 * The entries that carry answers through a form post, for the hidden inputs
 * of the earlier steps (`<input type="hidden" name="…" value="…">`):
 * `parsePost` reads them back to the same answers.
 */
export const toPostEntries = (answers: Readonly<Record<string, unknown>>): [string, string][] => {
  const entries: [string, string][] = [];
  for (const [key, value] of Object.entries(answers)) {
    entriesOf(key, value, entries);
  }
  return entries;
};
