import { toSafeHtml } from '@teilhabe/markdown';

/**
 * The ids the portal's own templates give elements (`id="…"` in `app/`; a
 * unit test keeps the list complete). Heading anchors in CMS text never take
 * one of them, so `#main-content` still leads to the main landmark.
 */
export const PORTAL_ELEMENT_IDS: readonly string[] = [
  'active-filters-heading',
  'anonymous-notice-heading',
  'childcare-heading',
  'code-label',
  'concept-changes',
  'concept-children',
  'concept-contents',
  'concept-easy-heading',
  'concept-edition',
  'concept-fields',
  'concept-filter-field',
  'concept-indicators',
  'concept-milestones',
  'concept-offers',
  'concept-participation',
  'concept-progress',
  'concept-results',
  'concept-since',
  'concept-status-history',
  'concept-sub-measures',
  'directory-q',
  'directory-q-hint',
  'embed-address',
  'embed-address-error',
  'embed-address-hint',
  'embed-color',
  'embed-color-error',
  'embed-color-hint',
  'embed-lang',
  'embed-lang-hint',
  'embed-result-title',
  'embed-snippet-iframe',
  'embed-snippet-script',
  'error-summary-title',
  'field-_interpreter',
  'field-_interpreter-hint',
  'filter-childcare',
  'filter-startsWithinWeeks',
  'filter-womenOnly',
  'form-heading',
  'form-languages-label',
  'form-website',
  'forms-heading',
  'history-heading',
  'life-situations-heading',
  'main-content',
  'next-heading',
  'offer-accessibility',
  'offer-childcare',
  'offer-contacts',
  'offer-course',
  'offer-description',
  'offer-facts',
  'offer-links',
  'offer-locations',
  'offer-opening-hours',
  'offer-provider',
  'offer-registration',
  'privacy-heading',
  'receipt-heading',
  'receipt-label',
  'reference-label',
  'results',
  'results-heading',
  'status-code',
  'status-code-hint',
  'status-reference',
  'status-reference-hint',
  'welcome-heading',
];

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  /**
   * The level the body's highest heading gets (default 2: below the page's
   * `h1`); the others keep their distance to it. Levels stop at 6.
   */
  topHeadingLevel?: number;
}

/**
 * CMS Markdown as HTML for `v-html`, by `toSafeHtml` of `@teilhabe/markdown`:
 * all source text escaped, raw HTML shown as text, links only to http(s),
 * mailto, tel or relative targets, no images (their alt text instead),
 * headings shifted and given anchors that keep off the portal's own ids.
 * @param source Markdown from the CMS
 * @param options see {@link MarkdownOptions}
 * @returns an HTML fragment
 */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
  return toSafeHtml(source, { ...options, reservedIds: PORTAL_ELEMENT_IDS });
}
