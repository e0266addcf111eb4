/**
 * The forms of Teilhabe: the definition editors build, frozen into a snapshot
 * per published version, and the validation of answers against it. Built
 * with tsc to ES modules in `dist/`; the portal bundles it, the plugin
 * requires it at run time like `@teilhabe/markdown`. What needs Node (the
 * snapshot hash) is in `@teilhabe/forms/node`.
 */
export * from './definition.ts';
export * from './answers.ts';
export * from './conditions.ts';
export * from './dates.ts';
export * from './translation.ts';
export * from './messages.ts';
export * from './files.ts';
export { cleanText, textLength } from './text.ts';
export { compilePattern, patternProblem, PATTERN_FLAGS, type PatternProblem } from './pattern.ts';
export { MAX_BACKTRACKING, patternUnsafety, type PatternUnsafety } from './pattern-safety.ts';
export * from './validate.ts';
export * from './canonical.ts';
export * from './parse-post.ts';
export * from './lint.ts';
