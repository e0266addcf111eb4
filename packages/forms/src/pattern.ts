import { patternUnsafety, type PatternUnsafety } from './pattern-safety.ts';

/**
 * Editors' patterns for short texts. A JavaScript regular expression can
 * backtrack exponentially (`(a|a)*` takes seconds on 26 characters), and the
 * validation runs on the CMS's request path and in the resident's browser.
 * A length cap alone does not help: short texts are capped at 500
 * characters, far beyond where such a pattern hangs. So a pattern is refused
 * when it is saved (lint) unless its backtracking is bounded (see
 * `pattern-safety.ts`); the answer's length is checked before the pattern
 * runs, which keeps that bound. The validator applies only patterns that pass
 * the same check, so a snapshot that slipped past lint cannot hang it.
 */

/** Unicode mode: `\p{L}` for letters of any script, and no surprises with surrogate pairs. */
export const PATTERN_FLAGS = 'u';

export type PatternProblem = 'invalid' | PatternUnsafety;

const anchored = (pattern: string): string => `^(?:${pattern})$`;

/** Why a pattern cannot be used, or `undefined` when it can. */
export const patternProblem = (pattern: string): PatternProblem | undefined => {
  try {
    new RegExp(anchored(pattern), PATTERN_FLAGS);
  } catch {
    return 'invalid';
  }
  return patternUnsafety(pattern);
};

const compiled = new Map<string, RegExp | null>();
const MAX_CACHED = 500;

/**
 * The anchored, compiled pattern, or `undefined` when it is invalid or
 * unsafe. Compiled once per pattern text (a bounded cache: a snapshot's
 * patterns are few, but the CMS serves many forms over time).
 */
export const compilePattern = (pattern: string): RegExp | undefined => {
  let regex = compiled.get(pattern);
  if (regex === undefined) {
    regex =
      patternProblem(pattern) === undefined ? new RegExp(anchored(pattern), PATTERN_FLAGS) : null;
    if (compiled.size >= MAX_CACHED) {
      compiled.clear();
    }
    compiled.set(pattern, regex);
  }
  return regex ?? undefined;
};
