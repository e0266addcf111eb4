import { parseHttpUrl } from '../../core/change-notifications/config';

/**
 * Whether the forms send e-mail and the addresses their messages link to.
 * Mail goes through Strapi's email plugin, configured from `SMTP_*` in the
 * cms's `config/plugins.ts`; without `SMTP_HOST` it has no SMTP server and
 * the forms send nothing. Residents' messages link to the portal's status
 * page, so they need the portal's public address.
 */
export type MailSettings =
  | {
      enabled: true;
      /** The admin panel, for caseworkers. */
      adminUrl: string;
      /** The portal's origin (and base path), or null when residents get no mail. */
      portalUrl: string | null;
      /** Why residents get no mail, when they do not. */
      residentsOff?: string;
    }
  | { enabled: false; reason: string };

/** The part of the email plugin's configuration that says whether there is a server. */
export interface EmailPluginConfig {
  provider?: string;
  providerOptions?: { host?: unknown };
  settings?: { defaultFrom?: unknown };
}

/**
 * The portal's public address: `TEILHABE_PORTAL_URL`, otherwise the origin
 * of the first change-notification endpoint (`TEILHABE_PORTAL_CHANGE_URLS`),
 * which is the portal itself where it is reached under one address.
 * @param env the process environment
 * @returns the address without a trailing slash, or why there is none
 */
export const portalUrlFrom = (env: NodeJS.ProcessEnv): { url: string } | { reason: string } => {
  const explicit = env.TEILHABE_PORTAL_URL?.trim();
  if (explicit) {
    const url = parseHttpUrl(explicit);
    return url
      ? { url: `${url.origin}${url.pathname}`.replace(/\/+$/, '') }
      : { reason: 'TEILHABE_PORTAL_URL is not an http(s) URL' };
  }
  const first = (env.TEILHABE_PORTAL_CHANGE_URLS ?? '').split(',')[0]?.trim() ?? '';
  const changeUrl = first ? parseHttpUrl(first) : null;
  return changeUrl
    ? { url: changeUrl.origin }
    : { reason: 'neither TEILHABE_PORTAL_URL nor TEILHABE_PORTAL_CHANGE_URLS is set' };
};

/**
 * Reads the settings.
 * @param email the email plugin's configuration (`plugin::email`), undefined without the plugin
 * @param adminUrl the admin panel's absolute address (`admin.absoluteUrl`)
 * @param env the process environment
 */
export const readMailSettings = (
  email: EmailPluginConfig | undefined,
  adminUrl: string,
  env: NodeJS.ProcessEnv = process.env
): MailSettings => {
  if (!email) {
    return { enabled: false, reason: "Strapi's email plugin is not loaded" };
  }
  const host = email.providerOptions?.host;
  if (email.provider !== 'nodemailer' || typeof host !== 'string' || host.trim() === '') {
    return { enabled: false, reason: 'SMTP_HOST is not set' };
  }
  const from = email.settings?.defaultFrom;
  if (typeof from !== 'string' || from.trim() === '') {
    return { enabled: false, reason: 'SMTP_FROM is not set' };
  }
  const portal = portalUrlFrom(env);
  return 'url' in portal
    ? { enabled: true, adminUrl, portalUrl: portal.url }
    : { enabled: true, adminUrl, portalUrl: null, residentsOff: portal.reason };
};

/**
 * The one start-up line about e-mail: on or off and why; no address.
 * @param settings the settings read at start
 */
export const describeMailSettings = (settings: MailSettings): string => {
  if (!settings.enabled) {
    return `[teilhabe] Forms e-mail notifications are off: ${settings.reason}.`;
  }
  return settings.portalUrl
    ? '[teilhabe] Forms e-mail notifications are on, to caseworkers and residents.'
    : `[teilhabe] Forms e-mail notifications are on, to caseworkers only: ${settings.residentsOff}.`;
};
