import { slugify } from '../../../server/src/directory/text';

const FIELD_KEY_LENGTH = 40;

/** Appends 2, 3, … until the candidate is not taken, keeping within `maxLength`. */
const unique = (
  base: string,
  taken: ReadonlySet<string>,
  maxLength: number,
  separator: string
): string => {
  if (!taken.has(base)) {
    return base;
  }
  for (let number = 2; ; number += 1) {
    const suffix = `${separator}${number}`;
    const candidate = `${base.slice(0, maxLength - suffix.length)}${suffix}`;
    if (!taken.has(candidate)) {
      return candidate;
    }
  }
};

/**
 * The key of a new field from its German label, in the contract's camelCase:
 * `Geburtsdatum des Kindes` → `geburtsdatumDesKindes`, `Straße` →
 * `strasse`, umlauts as ae/oe/ue. A label without Latin letters, or one
 * starting with a digit, gets `feld` in front.
 * @param label the German label
 * @param taken keys already used next to it
 * @returns a key matching `fieldKeySchema`, not in `taken`
 */
export const deriveFieldKey = (label: string, taken: ReadonlySet<string>): string => {
  const words = slugify(label).split('-').filter(Boolean);
  const camel = words
    .map((word, index) => (index === 0 ? word : `${word.charAt(0).toUpperCase()}${word.slice(1)}`))
    .join('');
  const base = /^[a-z]/.test(camel)
    ? camel
    : `feld${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
  return unique(base.slice(0, FIELD_KEY_LENGTH), taken, FIELD_KEY_LENGTH, '');
};

/**
 * A code in kebab case from a German label, for options' values and statuses'
 * codes: `Platz zugesagt` → `platz-zugesagt`.
 * @param label the German label
 * @param taken codes already used next to it
 * @param rules the code's length, how it must start, and the `prefix` used when the label gives no such start
 * @returns a code not in `taken`
 */
export const deriveCode = (
  label: string,
  taken: ReadonlySet<string>,
  { maxLength, start, prefix }: CodeRules
): string => {
  const slug = slugify(label).slice(0, maxLength).replace(/-+$/, '');
  const base = start.test(slug) ? slug : `${prefix}${slug ? `-${slug}` : ''}`;
  return unique(base.slice(0, maxLength).replace(/-+$/, ''), taken, maxLength, '-');
};

/** How a code is formed: its length, its first character, and what stands in front otherwise. */
export interface CodeRules {
  maxLength: number;
  start: RegExp;
  prefix: string;
}

/** The contract's rules for statuses' codes and options' values (`statusSchema`, `choiceOptionSchema`). */
export const STATUS_CODE: CodeRules = { maxLength: 40, start: /^[a-z]/, prefix: 'status' };
export const OPTION_VALUE: CodeRules = { maxLength: 60, start: /^[a-z0-9]/, prefix: 'option' };
