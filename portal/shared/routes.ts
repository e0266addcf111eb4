import type { PageRole } from './types/view-models';

/** A CMS page that every page links to in its footer. */
export interface FooterPage {
  role: Exclude<PageRole, 'other'>;
  /** The slug used when the CMS has no page with this role in the current locale. */
  slug: string;
  /** The link text's UI string key below `footer.`. */
  label: string;
}

/**
 * The four pages a German municipal website links from every page: Impressum,
 * privacy notice, accessibility statement (with the feedback channel) and the
 * Leichte Sprache explanation.
 */
export const FOOTER_PAGES: readonly FooterPage[] = [
  { role: 'imprint', slug: 'impressum', label: 'imprint' },
  { role: 'privacy', slug: 'datenschutz', label: 'privacy' },
  { role: 'accessibility', slug: 'barrierefreiheit', label: 'accessibilityStatement' },
  { role: 'easy-language', slug: 'leichte-sprache', label: 'easyLanguage' },
];

/**
 * The childcare registration of the demo forms: the home page's "I need
 * childcare" leads to it and to the childcare offers of the directory.
 */
export const CHILDCARE_FORM_SLUG = 'kita-anmeldung';

/**
 * The anonymous report of discrimination of the demo forms: its area of life
 * is counted, and the concept shows the counts per quarter.
 */
export const DISCRIMINATION_REPORT_FORM_SLUG = 'diskriminierung-melden';

/** The demo form for feedback on the integration concept; moderated answers become comments. */
export const CONCEPT_FEEDBACK_FORM_SLUG = 'rueckmeldung-integrationskonzept';

/**
 * The field of action of the demo concept that shows the counts of reports
 * of discrimination (`DISCRIMINATION_REPORT_FORM_SLUG`) wherever it appears.
 */
export const REPORTED_FIELD_OF_ACTION_SLUG = 'rassismus-und-diskriminierung';
