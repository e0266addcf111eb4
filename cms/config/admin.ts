import type { Core } from '@strapi/strapi';

/**
 * The portal's origin: `TEILHABE_PORTAL_URL`, else that of its change
 * endpoint (as the plugin's mails find it); null where neither is set.
 */
const portalOrigin = (env: Core.Config.Shared.ConfigParams['env']): string | null => {
  const address =
    env('TEILHABE_PORTAL_URL', '') || env('TEILHABE_PORTAL_CHANGE_URLS', '').split(',')[0];
  try {
    return address ? new URL(address.trim()).origin : null;
  } catch {
    return null;
  }
};

interface FormsReadService {
  previewUrl(formId: string): Promise<string | null>;
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Admin => ({
  auth: {
    secret: env('ADMIN_JWT_SECRET') as string,
  },
  apiToken: {
    salt: env('API_TOKEN_SALT') as string,
  },
  transfer: {
    token: {
      salt: env('TRANSFER_TOKEN_SALT') as string,
    },
  },
  secrets: {
    encryptionKey: env('ENCRYPTION_KEY') as string,
  },
  // Strapi's login limit (5 attempts per e-mail and address in 5 minutes)
  // stays the default; a test run that logs in from one address many times
  // raises it with ADMIN_LOGIN_RATE_LIMIT.
  rateLimit: {
    max: env.int('ADMIN_LOGIN_RATE_LIMIT', 5),
  },
  // "Vorschau" in the content manager: a form's draft in the portal's own
  // layout, through a signed link valid for 30 minutes that only signed-in
  // editors get (the plugin's `forms/preview.ts`). Other types: none yet.
  preview: {
    enabled: portalOrigin(env) !== null,
    config: {
      allowedOrigins: [portalOrigin(env) ?? ''].filter(Boolean),
      async handler(uid: string, { documentId }: { documentId: string }) {
        if (uid !== 'plugin::teilhabe.form') {
          return null;
        }
        const forms = strapi.plugin('teilhabe').service('forms') as FormsReadService;
        return forms.previewUrl(documentId);
      },
    },
  },
  // No promotional or survey calls from the admin panel.
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: env.bool('FLAG_DOC_LINKS', true),
  },
});

export default config;
