/**
 * The locales of Teilhabe and the city's time zone, defined once for the
 * plugin (the CMS's locales, the admin's inputs), the cms (demo content) and
 * the portal (routes, `lang`/`dir`, the language switcher).
 *
 * Built with tsc to ES modules in `dist/`, like `@teilhabe/markdown`: the
 * portal's build bundles them, the plugin's and the cms's CommonJS code
 * `require()`s them at run time, as Node 24 allows for ES modules without
 * top-level await.
 */
export * from './city-time.ts';
export * from './locales.ts';
