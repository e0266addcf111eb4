import type { FormDefinition, FormField, GroupItemField } from '@teilhabe/forms';
import type { Answers } from './conditions';

/**
 * How answers travel in a plain HTML form post (`application/x-www-form-urlencoded`):
 * every value is a string under a name `a.<key>[.<item>][.<part>]`. Earlier
 * steps' answers come back as hidden inputs, so the server keeps nothing
 * between steps. The posted strings are kept as typed for redisplay; the
 * typed answers (`docs/forms.md`, "Answers") are derived from them.
 */

/** Posted values by name; a name can repeat (multiple choice). */
export type PostValues = Record<string, string[]>;

/** The parts of a composite field's answer, in the order a resident fills them in. */
export const FIELD_PARTS = {
  name: ['given', 'family'],
  address: ['street', 'houseNumber', 'postalCode', 'city'],
  date: ['day', 'month', 'year'],
} as const;

/** The prefix of all answer names; the flow's own inputs start with `_`. */
const ANSWER_PREFIX = 'a.';

/**
 * @param path field key, then item index and part where they apply
 * @returns the input's `name`
 */
export function postName(...path: Array<string | number>): string {
  return `${ANSWER_PREFIX}${path.join('.')}`;
}

/**
 * @param name an input name from {@link postName}
 * @returns an `id` for the input, usable in `href="#…"`
 */
export function inputId(name: string): string {
  return `field-${name.slice(ANSWER_PREFIX.length).replace(/\./g, '-')}`;
}

/**
 * Groups posted entries by name, keeping the answer names only.
 * @param entries the form's entries in document order
 * @returns posted values by name
 */
export function collectPostValues(entries: Iterable<readonly [string, string]>): PostValues {
  const values: PostValues = {};
  for (const [name, value] of entries) {
    if (name.startsWith(ANSWER_PREFIX) && name.length <= 120) {
      (values[name] ??= []).push(value);
    }
  }
  return values;
}

/** The name of the hidden input that counts a group's items. */
export function itemCountName(groupKey: string): string {
  return `_items.${groupKey}`;
}

/**
 * The number of items of a repeated group.
 * @param entries all posted entries
 * @param field the group
 * @returns between the group's limits (at least one item is shown)
 */
export function itemCount(
  entries: ReadonlyMap<string, string>,
  field: Extract<FormField, { type: 'group' }>
): number {
  const posted = Number.parseInt(entries.get(itemCountName(field.key)) ?? '', 10);
  const fallback = Math.max(field.minItems, 1);
  return Number.isInteger(posted) ? Math.min(Math.max(posted, 1), field.maxItems) : fallback;
}

const first = (values: PostValues, name: string): string => (values[name]?.[0] ?? '').trim();

/** Latin digits for Arabic-Indic and Persian digits, so `٣` and `۳` count as 3. */
export function latinDigits(value: string): string {
  return value
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0));
}

function parseNumber(raw: string): number | string | undefined {
  if (raw === '') {
    return undefined;
  }
  const normalized = latinDigits(raw)
    .replace(/\u066b/g, '.')
    .replace(',', '.')
    .replace(/\s/g, '');
  const value = Number(normalized);
  return /^-?\d+(?:\.\d+)?$/.test(normalized) && Number.isFinite(value) ? value : raw;
}

function parseDate(values: PostValues, base: Array<string | number>): string | undefined {
  const [day, month, year] = FIELD_PARTS.date.map((part) =>
    latinDigits(first(values, postName(...base, part)))
  );
  if (!day && !month && !year) {
    return undefined;
  }
  // An impossible date stays as typed; validation reports it.
  return `${(year ?? '').padStart(4, '0')}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
}

function parseParts(
  values: PostValues,
  base: Array<string | number>,
  parts: readonly string[]
): Record<string, string> | undefined {
  const answer = Object.fromEntries(
    parts.map((part) => [part, first(values, postName(...base, part))])
  );
  return Object.values(answer).some((value) => value !== '') ? answer : undefined;
}

function parseField(
  field: FormField | GroupItemField,
  values: PostValues,
  base: Array<string | number>
): unknown {
  const name = postName(...base);
  switch (field.type) {
    case 'number':
      return parseNumber(first(values, name));
    case 'date':
      return parseDate(values, base);
    case 'multipleChoice': {
      const chosen = (values[name] ?? []).filter((value) => value !== '');
      return chosen.length > 0 ? chosen : undefined;
    }
    case 'yesNo': {
      const value = first(values, name);
      return value === 'yes' ? true : value === 'no' ? false : undefined;
    }
    case 'consent':
      return first(values, name) === 'yes' ? true : undefined;
    case 'name':
      return parseParts(values, base, FIELD_PARTS.name);
    case 'address':
      return parseParts(values, base, FIELD_PARTS.address);
    case 'heading':
    case 'info':
    case 'file':
      return undefined;
    case 'group':
      return undefined;
    default: {
      const value = first(values, name);
      return value === '' ? undefined : value;
    }
  }
}

/**
 * Turns posted strings into answers, for every field of every step (hidden
 * ones included; {@link pruneHiddenAnswers} drops those).
 * @param definition the form's definition
 * @param values posted values by name
 * @param entries all posted entries (for item counts)
 * @returns answers keyed by field key
 */
export function answersFromPost(
  definition: FormDefinition,
  values: PostValues,
  entries: ReadonlyMap<string, string>
): Answers {
  const answers: Answers = {};
  for (const field of definition.steps.flatMap((step) => step.fields)) {
    if (field.type === 'group') {
      const items = Array.from({ length: itemCount(entries, field) }, (_, index) =>
        Object.fromEntries(
          field.fields.flatMap((item) => {
            const value = parseField(item, values, [field.key, index, item.key]);
            return value === undefined ? [] : [[item.key, value]];
          })
        )
      );
      // Empty items keep their place, so that errors point at the right inputs.
      if (items.some((item) => Object.keys(item).length > 0)) {
        answers[field.key] = items;
      }
      continue;
    }
    const value = parseField(field, values, [field.key]);
    if (value !== undefined) {
      answers[field.key] = value;
    }
  }
  return answers;
}
