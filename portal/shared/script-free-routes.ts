import { LOCALE_CODES } from '@teilhabe/locales';

/**
 * The reading pages of every locale, below their locale prefix: home, the
 * directory and its offers, CMS pages, the concept, and the status lookup
 * (a plain form post, so reference and code never appear in an address),
 * and the list of forms.
 * Everything on them works as plain HTML, so they are sent without any
 * JavaScript. The forms themselves are not among them: they check answers as they are typed.
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
  // The embed views of the reading pages; they load the height reporter only
  // (public/embed/v1/frame.js), which is no Nuxt script.
  '/embed/angebote',
  '/embed/angebote/**',
  '/embed/status',
  '/embed/konzept',
  '/embed/konzept/**',
  // The embed builder: a GET form; its only scripts are the host script (sizes
  // the preview) and the copy buttons (public/scripts/copy-snippet.js).
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
