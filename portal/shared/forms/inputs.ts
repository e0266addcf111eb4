import type { FormField, GroupItemField } from '@teilhabe/forms';

/**
 * How answers are named in a form post: the bracket convention of
 * `@teilhabe/forms` (`parsePost`, `toPostEntries`): `email`, `name[given]`,
 * `children[0][birthDate][day]`.
 */

/** The inputs of composite answers, in the order a resident fills them in. */
export const FIELD_PARTS = {
  name: ['given', 'family'],
  address: ['street', 'houseNumber', 'postalCode', 'city'],
  date: ['day', 'month', 'year'],
} as const;

/** A path to an answer or one of its inputs: `['children', 0, 'birthDate', 'day']`. */
export type InputPath = ReadonlyArray<string | number>;

/**
 * @param path key, then item index and part where they apply
 * @returns the input's `name`
 */
export function inputName(path: InputPath): string {
  const [head, ...rest] = path;
  return `${String(head)}${rest.map((part) => `[${part}]`).join('')}`;
}

/**
 * @param path as for {@link inputName}
 * @returns an `id` for the input, usable in `href="#…"`
 */
export function inputId(path: InputPath): string {
  return `field-${path.join('-')}`;
}

/**
 * The parts of a composite field's answer, for its inputs.
 * @param field the question
 * @returns the part names, or none for a single input
 */
export function partsOf(field: FormField | GroupItemField): readonly string[] {
  return field.type === 'name' || field.type === 'address' || field.type === 'date'
    ? FIELD_PARTS[field.type]
    : [];
}

/**
 * @param answers posted answers by field key
 * @param path key, item index, item key
 * @returns the answer at the path, if any
 */
export function answerAt(answers: Readonly<Record<string, unknown>>, path: InputPath): unknown {
  let value: unknown = answers;
  for (const segment of path) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[segment]
        : undefined;
  }
  return value;
}

/**
 * The chosen values of a choice question.
 * @param answers posted answers by field key
 * @param path the answer's path
 * @returns the values; one for a single choice
 */
export function chosenValues(
  answers: Readonly<Record<string, unknown>>,
  path: InputPath
): string[] {
  const value = answerAt(answers, path);
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);
}

/**
 * The value an input shows, from the posted (parsed, not yet checked)
 * answers: what the resident typed, also when it was refused.
 * @param answers posted answers by field key
 * @param path the answer's path, without a part
 * @param part a part of a name, address or date
 * @returns the input's value
 */
export function shownValue(
  answers: Readonly<Record<string, unknown>>,
  path: InputPath,
  part?: string
): string {
  let value = answerAt(answers, path);
  if (part && typeof value === 'string') {
    // A date travels as `YYYY-MM-DD`, also when impossible (`2024-13-45`).
    const [year, month, day] = value.split('-');
    const parts: Record<string, string | undefined> = { day, month, year };
    return (parts[part] ?? '').replace(/^0(?=\d)/, '');
  }
  if (part) {
    value =
      typeof value === 'object' && value !== null
        ? (value as Record<string, unknown>)[part]
        : undefined;
  }
  return value === undefined || value === null || typeof value === 'object' ? '' : String(value);
}

/** Latin digits for Arabic-Indic and Persian ones, so that `٣` and `۳` count as 3. */
export function latinDigits(value: string): string {
  return value
    .replace(/[\u0660-\u0669]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/\u066b/g, ',');
}
