import type { H3Event } from 'h3';

/**
 * The portal's public origin for absolute URLs (sitemaps, JSON-LD, calendar
 * files): `NUXT_PUBLIC_I18N_BASE_URL` when set, else the request's own origin.
 * @param event the request
 * @returns e.g. `https://teilhabe.lehrte.de`, without a trailing slash
 */
export function publicOrigin(event: H3Event): string {
  const configured = (useRuntimeConfig(event).public.i18n as { baseUrl?: string } | undefined)
    ?.baseUrl;
  return (configured || getRequestURL(event).origin).replace(/\/+$/, '');
}
