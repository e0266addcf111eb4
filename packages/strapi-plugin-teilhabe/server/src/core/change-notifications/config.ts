import { Webhook } from 'standardwebhooks';

/** Where change notifications go and how they are signed, or why they are off. */
export type ChangeNotificationConfig =
  | { enabled: true; urls: URL[]; secret: string }
  | { enabled: false; reason: string; misconfigured: boolean };

const off = (reason: string, misconfigured = false): ChangeNotificationConfig => ({
  enabled: false,
  reason,
  misconfigured,
});

/**
 * An http(s) URL, or null for anything else (another scheme, no URL at all).
 * @param value a configured address
 */
export const parseHttpUrl = (value: string): URL | null => {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
};

const isValidSecret = (secret: string): boolean => {
  try {
    new Webhook(secret);
    return true;
  } catch {
    return false;
  }
};

/**
 * Reads `TEILHABE_PORTAL_CHANGE_URLS` (comma-separated portal endpoints) and
 * `TEILHABE_CHANGE_SECRET` (`whsec_<base64>`, the same value as the portals'
 * `NUXT_CMS_CHANGE_SECRET`). Without URLs, notifications are off and the
 * portals rely on their short cache lifetimes; URLs without a usable secret
 * are a configuration error, reported as such, but do not stop the CMS.
 * @param env the process environment
 * @returns the portals and the secret, or why notifications are off
 */
export const readChangeNotificationConfig = (
  env: NodeJS.ProcessEnv = process.env
): ChangeNotificationConfig => {
  const entries = (env.TEILHABE_PORTAL_CHANGE_URLS ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) {
    return off('TEILHABE_PORTAL_CHANGE_URLS is not set');
  }
  const urls = entries.map(parseHttpUrl);
  if (urls.some((url) => url === null)) {
    return off('TEILHABE_PORTAL_CHANGE_URLS holds an entry that is not an http(s) URL', true);
  }
  const secret = env.TEILHABE_CHANGE_SECRET?.trim() ?? '';
  if (!isValidSecret(secret)) {
    return off('TEILHABE_CHANGE_SECRET is missing or not a whsec_<base64> secret', true);
  }
  return { enabled: true, urls: urls as URL[], secret };
};
