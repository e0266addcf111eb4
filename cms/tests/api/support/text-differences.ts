import { isDeepStrictEqual } from 'node:util';

/** Values by row key and then by field, as two readings of the same data are compared. */
export type Readings = Map<string, Record<string, unknown>>;

const shown = (value: unknown): string =>
  value === undefined ? 'nothing' : JSON.stringify(value, null, 0);

/**
 * Lists where two readings differ, row by row and field by field: values
 * are equal when they are deeply equal (JSON as parsed values, so key order
 * does not count).
 * @param expected the reading that is right
 * @param actual the reading to check
 * @param limit how many differences to list at most
 * @returns one line per difference, the first `limit` of them in key order
 */
export const differencesOf = (expected: Readings, actual: Readings, limit = 20): string[] => {
  const lines: string[] = [];
  const keys = [...new Set([...expected.keys(), ...actual.keys()])].sort();
  for (const key of keys) {
    const want = expected.get(key);
    const got = actual.get(key);
    if (!want || !got) {
      lines.push(`${key}: ${want ? 'missing' : 'not there before'}`);
      continue;
    }
    for (const field of [...new Set([...Object.keys(want), ...Object.keys(got)])].sort()) {
      if (!isDeepStrictEqual(want[field], got[field])) {
        lines.push(`${key} ${field}: was ${shown(want[field])}, is ${shown(got[field])}`);
      }
    }
    if (lines.length >= limit) {
      break;
    }
  }
  return lines.slice(0, limit);
};
