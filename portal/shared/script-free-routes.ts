import { LOCALE_CODES } from '@teilhabe/locales';

/**
 * The pages of every locale, below their locale prefix: home, the directory
 * and its offers, CMS pages, the concept, the status lookup (a plain form
 * post, so reference and code never appear in an address), the forms, and
 * their embed views. Everything on them works as plain HTML, so they are
 * sent without Nuxt's JavaScript. A form page loads one small script of its
 * own (browser-scripts/form-steps.js), which takes its steps without a page load.
 */
export const SCRIPT_FREE_SECTIONS: readonly string[] = [
  '',
  '/angebote',
  '/angebote/**',
  '/seiten/**',
  '/konzept',
  '/konzept/**',
  '/status',
  '/formulare',
  '/formulare/**',
  // The embed views of the reading pages; they load the height reporter only
  // (public/embed/v1/frame.js), which is no Nuxt script.
  '/embed/angebote',
  '/embed/angebote/**',
  '/embed/status',
  // A form's view loads the height reporter and the form's own script.
  '/embed/formulare',
  '/embed/formulare/**',
  '/embed/konzept',
  '/embed/konzept/**',
  // The embed builder: a GET form; its only scripts are the host script (sizes
  // the preview) and the copy buttons (browser-scripts/copy-snippet.js).
  '/einbetten',
];

/**
 * Nitro route rules that drop every script from the reading pages
 * (Nuxt's `noScripts` route rule), for each locale prefix.
 * @returns route rules for `nuxt.config.ts`
 */
export function scriptFreeRouteRules(): Record<string, { noScripts: true }> {
  return Object.fromEntries(
    LOCALE_CODES.flatMap((code) =>
      SCRIPT_FREE_SECTIONS.map((section) => [`/${code}${section}`, { noScripts: true } as const])
    )
  );
}
