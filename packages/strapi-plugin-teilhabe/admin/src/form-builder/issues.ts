import type { BuilderMessageKey } from '../translations/form-builder';

/** A problem of the draft at one place of the builder, as a message to show there. */
export interface BuilderIssue {
  /** Dotted path into the definition, e.g. `steps.0.fields.2.label.de`. */
  path: string;
  message: BuilderMessageKey;
  values?: Record<string, number>;
  /** The German text of a check of `@teilhabe/forms` (`lintForm`), shown instead of `message`. */
  text?: string;
}

/**
 * The dotted form of a path into the definition; the builder's inputs are
 * known by it.
 * @param segments keys and indexes, e.g. `['steps', 0, 'title']`
 */
export const pathOf = (segments: readonly PropertyKey[]): string => segments.map(String).join('.');

/**
 * The issues at one place.
 * @param issues all issues of the draft
 * @param path the place's dotted path
 */
export const issuesAt = (issues: readonly BuilderIssue[], path: string): BuilderIssue[] =>
  issues.filter((issue) => issue.path === path);

/**
 * Whether anything at or below a place has an issue: a collapsed card says so.
 * @param issues all issues of the draft
 * @param path the card's dotted path
 */
export const hasIssuesWithin = (issues: readonly BuilderIssue[], path: string): boolean =>
  issues.some((issue) => issue.path === path || issue.path.startsWith(`${path}.`));
