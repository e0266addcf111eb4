import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: {
    keys: env.array('APP_KEYS') as string[],
  },
  webhooks: {
    populateRelations: false,
  },
  // No update checks: the CMS makes no outbound connections.
  logger: {
    config: { level: env('LOG_LEVEL', 'http') },
    updates: { enabled: false },
    startup: { enabled: env.bool('STRAPI_STARTUP_MESSAGE', true) },
  },
});

export default config;
