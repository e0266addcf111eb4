/**
 * How much JavaScript (gzipped) a page may load, checked by the page-weight
 * and embed tests. A size, not a timing.
 */

/** Every page type's goal; reading pages ship no script at all. */
export const SCRIPT_BUDGET_BYTES = 90 * 1024;

/**
 * A form page keeps Vue, vue-i18n and the shared validation for instant
 * feedback on answers, and vue-i18n's message compiler for the texts that
 * reach it as JSON; it does not reach the 90 KB goal (126 KB measured on its
 * own, 130 KB in its embed view, see docs/benchmarks.md). This budget keeps
 * it from growing further.
 */
export const FORM_PAGE_BUDGET_BYTES = 134 * 1024;
