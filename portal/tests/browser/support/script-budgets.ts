/**
 * How much JavaScript (gzipped) a page may load, checked by the page-weight
 * and embed tests. A size, not a timing.
 */

/** Every page type's goal; reading pages ship no script at all. */
export const SCRIPT_BUDGET_BYTES = 90 * 1024;

/**
 * A form page ships no Nuxt script either: it loads its own script
 * (browser-scripts/form-steps.js), which takes the steps without a page load,
 * and in its embed view the height reporter as well. Under 3 KB measured
 * (docs/benchmarks.md); this budget keeps it small.
 */
export const FORM_PAGE_BUDGET_BYTES = 4 * 1024;
