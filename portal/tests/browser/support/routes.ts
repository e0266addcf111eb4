import { CHILDCARE_FORM_SLUG, FOOTER_PAGES } from '../../../shared/routes';

/**
 * The portal's routes as the browser tests visit them, on the demo content
 * that `npm start` seeds (`cms/src/demo/data/`): the offers and filters named
 * here exist there.
 */

/** A route of the portal, without its locale prefix. */
export interface PortalRoute {
  /** A short name for test titles and reports. */
  name: string;
  /** The path after the locale prefix: `/` is the home page of each locale. */
  path: string;
  /** The HTTP status the route answers with; 200 unless stated. */
  expectedStatus?: number;
}

/**
 * A German course of the demo content (`cms/src/demo/data/directory/offers.yaml`), translated
 * into some locales: the route list and the browser tests open its page.
 */
export const SAMPLE_OFFER_SLUG = 'integrationskurs-frauen-kinderbetreuung-kernstadt';

/**
 * A demo offer whose last valid day has passed: lists leave it out, its page
 * still answers (old links keep working) and says that it has ended.
 */
export const ENDED_OFFER_SLUG = 'themenworkshops-integrationskonzept-2022';

/** A demo childcare facility whose page links to the online registration form. */
export const CHILDCARE_OFFER_SLUG = 'kita-sonnenschein-kernstadt';

/** A chapter of the demo concept edition published twice (`cms/src/demo/data/concept/`). */
export const CONCEPT_CHAPTER_SLUG = 'vorbemerkung';

/** A nested chapter of the demo edition, with a field of action and its measures. */
export const CONCEPT_NESTED_CHAPTER_SLUG = 'workshop-kinderbetreuung';

/** A sample measure of the demo concept with sub-measures, milestones, workshops and offers. */
export const CONCEPT_MEASURE_SLUG = 'beispiel-mehrsprachige-kita-anmeldung';

/**
 * Every route the portal has, in one place: browser and accessibility tests
 * visit each of them in several locales. Add a route here when you add a page.
 */
export const PORTAL_ROUTES: readonly PortalRoute[] = [
  { name: 'home', path: '/' },
  { name: 'directory', path: '/angebote' },
  { name: 'directory-category', path: '/angebote?category=language-course' },
  {
    name: 'directory-filtered',
    path: '/angebote?category=language-course&district=kernstadt&level=A1&level=A2&childcare=1',
  },
  { name: 'directory-page-2', path: '/angebote?page=2' },
  { name: 'directory-empty', path: '/angebote?q=xyzzy' },
  { name: 'offer', path: `/angebote/${SAMPLE_OFFER_SLUG}` },
  { name: 'offer-ended', path: `/angebote/${ENDED_OFFER_SLUG}` },
  { name: 'offer-childcare', path: `/angebote/${CHILDCARE_OFFER_SLUG}` },
  ...FOOTER_PAGES.map(({ role, slug }) => ({ name: role, path: `/seiten/${slug}` })),
  { name: 'not-found', path: '/seiten/gibt-es-nicht', expectedStatus: 404 },
  { name: 'offer-not-found', path: '/angebote/gibt-es-nicht', expectedStatus: 404 },
  { name: 'forms', path: '/formulare' },
  { name: 'form-childcare', path: `/formulare/${CHILDCARE_FORM_SLUG}` },
  { name: 'status', path: '/status' },
  { name: 'form-not-found', path: '/formulare/gibt-es-nicht', expectedStatus: 404 },
  { name: 'concept-report-counts', path: '/konzept/meldungen' },
  { name: 'concept-comments', path: '/konzept/rueckmeldungen?thema=kinderbetreuung' },
  { name: 'concept-glossary', path: '/konzept/glossar' },
  { name: 'concept', path: '/konzept' },
  { name: 'concept-chapter', path: `/konzept/kapitel/${CONCEPT_CHAPTER_SLUG}` },
  { name: 'concept-chapter-easy', path: `/konzept/kapitel/${CONCEPT_CHAPTER_SLUG}?text=leicht` },
  { name: 'concept-chapter-nested', path: `/konzept/kapitel/${CONCEPT_NESTED_CHAPTER_SLUG}` },
  { name: 'concept-measures', path: '/konzept/massnahmen' },
  {
    name: 'concept-measures-filtered',
    path: '/konzept/massnahmen?handlungsfeld=kinderbetreuung&status=in_progress&status=done',
  },
  { name: 'concept-measure', path: `/konzept/massnahmen/${CONCEPT_MEASURE_SLUG}` },
  { name: 'concept-participation', path: '/konzept/beteiligung' },
  { name: 'concept-versions', path: '/konzept/versionen' },
  { name: 'concept-versions-since', path: '/konzept/versionen?seit=2020-01-01' },
  { name: 'concept-print', path: '/konzept/druck' },
  // The embed views for the city's iframe, one of each kind; the directory in a city's theme.
  {
    name: 'embed-directory-themed',
    path: '/embed/angebote?category=childcare&color=ffdd00&radius=large&font=noto',
  },
  { name: 'embed-offer', path: `/embed/angebote/${CHILDCARE_OFFER_SLUG}` },
  { name: 'embed-form-childcare', path: `/embed/formulare/${CHILDCARE_FORM_SLUG}` },
  { name: 'embed-status', path: '/embed/status' },
  { name: 'embed-concept', path: '/embed/konzept' },
  { name: 'embed-concept-chapter', path: `/embed/konzept/kapitel/${CONCEPT_NESTED_CHAPTER_SLUG}` },
  { name: 'embed-concept-measures', path: '/embed/konzept/massnahmen?status=in_progress' },
  { name: 'embed-concept-measure', path: `/embed/konzept/massnahmen/${CONCEPT_MEASURE_SLUG}` },
  { name: 'embed-builder', path: '/einbetten' },
  {
    name: 'embed-builder-theme',
    path: '/einbetten?view=counselling&lang=ar&color=ffdd00&radius=large&font=noto',
  },
  {
    name: 'embed-builder-errors',
    path: '/einbetten?view=other&address=https%3A%2F%2Fwww.example.org%2F&color=blau',
  },
  {
    name: 'concept-chapter-not-found',
    path: '/konzept/kapitel/gibt-es-nicht',
    expectedStatus: 404,
  },
];

/**
 * Builds the URL path of a route in a locale.
 * @param locale a locale code, used as the path prefix
 * @param path a path from {@link PORTAL_ROUTES}
 * @returns e.g. `/ar/seiten/impressum`, or `/de` for the home page
 */
export function localizedPath(locale: string, path: string): string {
  return path === '/' ? `/${locale}` : `/${locale}${path}`;
}
