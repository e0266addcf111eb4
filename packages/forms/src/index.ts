/**
 * The forms of Teilhabe: the definition editors build, frozen into a snapshot
 * per published version, and the validation of answers against it. Built
 * with tsc to ES modules in `dist/`; the portal bundles it, the plugin
 * requires it at run time like `@teilhabe/markdown`.
 */
export * from './definition.ts';
