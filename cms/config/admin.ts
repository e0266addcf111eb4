import type { Core } from '@strapi/strapi';

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
  // No promotional or survey calls from the admin panel.
  flags: {
    nps: false,
    promoteEE: false,
    docLinks: env.bool('FLAG_DOC_LINKS', true),
  },
});

export default config;
