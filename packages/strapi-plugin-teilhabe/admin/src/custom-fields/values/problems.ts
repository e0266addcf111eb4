import type { z } from 'zod';

/**
 * What can be wrong with an editor's entry, each named by one admin message
 * (`teilhabe.problem.<key>`, German and English in `translations/`).
 */
export type ProblemKey =
  | 'time'
  | 'date'
  | 'day'
  | 'days'
  | 'url'
  | 'language'
  | 'closes-before-opens'
  | 'exception-hours'
  | 'date-twice'
  | 'ends-before-starts'
  | 'language-twice'
  | 'german-required'
  | 'too-many'
  | 'too-long'
  | 'invalid';

/** One problem of a value, where it is and how to say it. */
export interface Problem {
  key: ProblemKey;
  /** Where in the value, e.g. `weekly.0.opens`; `''` for the value as a whole. */
  path: string;
  /** Numbers the message names, e.g. `{ max: 20 }`. */
  values: Record<string, number>;
}

type Issue = z.core.$ZodIssue;

/** The property an issue is about, by the last segment of its path. */
const KEY_BY_PROPERTY: Record<string, ProblemKey> = {
  opens: 'time',
  closes: 'time',
  start: 'time',
  end: 'time',
  date: 'date',
  day: 'day',
  days: 'days',
  url: 'url',
};

const PROBLEM_KEYS = new Set<string>([
  'closes-before-opens',
  'exception-hours',
  'date-twice',
  'ends-before-starts',
  'language-twice',
  'german-required',
]);

const keyOf = (issue: Issue, property: string | undefined): ProblemKey => {
  if (issue.code === 'custom') {
    const tagged = (issue.params as { problem?: unknown } | undefined)?.problem;
    return typeof tagged === 'string' && PROBLEM_KEYS.has(tagged)
      ? (tagged as ProblemKey)
      : 'invalid';
  }
  if (issue.code === 'too_big') {
    return issue.origin === 'string' ? 'too-long' : 'too-many';
  }
  if (property === undefined && issue.code === 'invalid_format') {
    // An element of a list of codes (`2` in a list of language codes).
    return 'language';
  }
  return (property === undefined ? undefined : KEY_BY_PROPERTY[property]) ?? 'invalid';
};

/**
 * Checks an editor's entry with the field's own zod schema (the one the
 * server checks every write with) and says what is wrong, where.
 * @param schema the field's schema from `server/src/directory/schemas.ts`
 * @param value the value the input would store
 * @returns every problem, in the schema's order; empty when the value is valid
 */
export const findProblems = (schema: z.ZodType, value: unknown): Problem[] => {
  const result = schema.safeParse(value);
  if (result.success) {
    return [];
  }
  return result.error.issues.map((issue) => {
    const last = issue.path[issue.path.length - 1];
    const values: Record<string, number> = {};
    if (issue.code === 'too_big') {
      values.max = Number(issue.maximum);
    }
    return {
      key: keyOf(issue, typeof last === 'string' ? last : undefined),
      path: issue.path.map(String).join('.'),
      values,
    };
  });
};

/**
 * The problems at exactly one place of the value.
 * @param problems what {@link findProblems} found
 * @param path the place, e.g. `['weekly', 0, 'opens']`; `[]` for the whole value
 */
export const problemsAt = (
  problems: readonly Problem[],
  path: readonly (string | number)[]
): Problem[] => {
  const wanted = path.map(String).join('.');
  return problems.filter((problem) => problem.path === wanted);
};
