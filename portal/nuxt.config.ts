import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE, LOCALE_CODES, PORTAL_LOCALES } from '@teilhabe/locales';
import { scriptFreeRouteRules } from './shared/script-free-routes';
import { BROWSER_SCRIPTS_BASE_URL, prepareBrowserScripts } from './build/browser-scripts';
import { EMBED_FONTS_BASE_URL, prepareEmbedFonts } from './build/embed-fonts';

/**
 * The host script's Subresource Integrity hash, for the embed builder's
 * snippet: computed from the file itself, so the snippet can never name a
 * stale hash (the file's address is versioned and its content never changes).
 */
const embedScriptIntegrity = `sha384-${createHash('sha384')
  .update(readFileSync(fileURLToPath(new URL('./public/embed/v1/teilhabe.js', import.meta.url))))
  .digest('base64')}`;

export default defineNuxtConfig({
  compatibilityDate: '2025-10-01',
  future: { compatibilityVersion: 4 },
  ssr: true,
  devtools: false,
  telemetry: false,

  modules: ['@nuxtjs/i18n'],

  css: ['~/assets/css/main.css'],

  features: {
    // Component styles as files, not inline <style>: the CSP allows styles from 'self' only.
    inlineStyles: false,
  },

  experimental: {
    // Polls /_nuxt/builds/latest.json every hour; a server-rendered portal has no need for it.
    checkOutdatedBuildInterval: false,
    // No page code is fetched ahead for links in view: on little data, a resident
    // pays only for pages they open, and most pages have no scripts to fetch.
    defaults: { nuxtLink: { prefetch: false } },
  },

  app: {
    head: {
      charset: 'utf-8',
      viewport: 'width=device-width, initial-scale=1',
      link: [{ rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }],
    },
  },

  runtimeConfig: {
    /** GraphQL endpoint of the CMS, reached only from the portal server. */
    cmsGraphqlUrl: 'http://127.0.0.1:1337/graphql',
    /** Base URL of the CMS for the health check (`/_health`). */
    cmsUrl: 'http://127.0.0.1:1337',
    /**
     * Origins that may show the embed views (`/<locale>/embed/…`) in an
     * iframe, space-separated, e.g. `https://www.lehrte.de`. Every other page
     * may be framed by the portal itself only (server/utils/security-headers.ts).
     */
    embedFrameAncestors: '',
    /**
     * The CMS admin's origin: it shows a form's draft preview in a frame, so
     * preview pages (and only they) may be framed by it.
     */
    previewFrameAncestors: '',
    /**
     * `whsec_<base64>`, the CMS's `TEILHABE_CHANGE_SECRET`: verifies its change
     * notifications (`POST /api/cms/changes`). Empty: the route is off and
     * cached CMS answers only expire (see server/utils/content-cache.ts).
     */
    cmsChangeSecret: '',
    /**
     * The reverse proxies in front of the portal (comma-separated addresses,
     * CIDR ranges, or `loopback` / `linklocal` / `uniquelocal`): the
     * resident's address the CMS rate-limits form posts by is the one they
     * report in `X-Forwarded-For`. Empty: the connection's address counts.
     */
    trustedProxies: '',
    /**
     * The full-page cache of public pages (server/utils/page-cache.ts);
     * `NUXT_PAGE_CACHE_ENABLED=false` turns it off, `NUXT_PAGE_CACHE_MAX_AGE`
     * sets the seconds a page is served before it is rendered again (once
     * more while that happens). Changes purge it at once, so the lifetime is
     * only the safety net for a CMS that cannot reach the portal.
     */
    pageCache: {
      enabled: true,
      maxAge: 30,
      /** Browsers cannot be purged: they may show a page at most this many seconds old. */
      browserStaleWhileRevalidate: 5,
    },
    public: {
      /** `sha384-…` of `/embed/v1/teilhabe.js`, for the embed builder's snippet. */
      embedScriptIntegrity,
    },
  },

  i18n: {
    strategy: 'prefix',
    defaultLocale: DEFAULT_LOCALE,
    locales: PORTAL_LOCALES.map(({ code, language, dir, name }) => ({
      code,
      language,
      dir,
      name,
      file: `${code}.json`,
    })),
    // No detection and no cookie (§ 25 TDDDG): `/` always redirects to the default locale.
    detectBrowserLanguage: false,
    // Relative hreflang links unless the public origin is set at run time
    // (NUXT_PUBLIC_I18N_BASE_URL=https://teilhabe.lehrte.de).
    baseUrl: '',
  },

  // Pages ship no Nuxt JavaScript at all: their links, search, filter and form
  // posts are plain HTML, so a phone on little data loads text and styles only
  // (see shared/script-free-routes.ts).
  routeRules: {
    ...scriptFreeRouteRules(),
    // The host script for the city's pages: loaded from another site with an
    // SRI hash (which needs CORS), under a versioned URL that never changes.
    '/embed/v1/**': {
      headers: {
        'access-control-allow-origin': '*',
        'cache-control': 'public, max-age=86400',
      },
    },
  },

  nitro: {
    compressPublicAssets: true,
    // The font an embed theme may choose (`font=noto`), served by the portal itself,
    // and the page scripts of `browser-scripts/`, minified.
    publicAssets: [
      {
        dir: prepareEmbedFonts(fileURLToPath(new URL('./.cache/embed-fonts', import.meta.url))),
        baseURL: EMBED_FONTS_BASE_URL,
        maxAge: 60 * 60 * 24 * 365,
      },
      {
        dir: prepareBrowserScripts(
          fileURLToPath(new URL('./browser-scripts', import.meta.url)),
          fileURLToPath(new URL('./.cache/browser-scripts', import.meta.url))
        ),
        baseURL: BROWSER_SCRIPTS_BASE_URL,
      },
    ],
    storage: {
      // Cached CMS answers, bounded: filter and slug variants cannot grow memory
      // without limit. Several instances mount a shared store here instead.
      cache: { driver: 'lru-cache', max: 5000 },
      // Rendered pages, bounded in bytes (each entry counted by its JSON's size).
      // With REDIS_URL both are in Redis instead (server/plugins/cache-storage.ts).
      pages: { driver: 'lru-cache', max: 5000, maxSize: 64 * 1024 * 1024 },
    },
  },

  // One sitemap per locale (`/sitemap-ar.xml`); `/sitemap.xml` is their index.
  serverHandlers: LOCALE_CODES.map((code) => ({
    route: `/sitemap-${code}.xml`,
    method: 'get' as const,
    handler: fileURLToPath(new URL('./server/handlers/sitemap-locale.ts', import.meta.url)),
  })),

  typescript: {
    strict: true,
  },

  hooks: {
    'nitro:config'(nitroConfig) {
      // Nuxt has registered its error handler (the localized error page) by now;
      // ours runs first, see server/error-handler.ts.
      const handlers = [nitroConfig.errorHandler ?? []].flat();
      nitroConfig.errorHandler = [
        fileURLToPath(new URL('./server/error-handler.ts', import.meta.url)),
        ...handlers,
      ];
    },
  },
});
