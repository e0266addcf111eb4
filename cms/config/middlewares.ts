import type { Core } from '@strapi/strapi';

/**
 * Origins a browser may call the CMS from: the admin panel's own (the CMS's
 * public URL, or the local addresses) plus `CORS_ORIGINS` (comma-separated).
 * The portal reads the CMS from its server, so it needs no CORS; nothing else
 * is let in, and never `*` with credentials (Strapi's default echoes any origin).
 */
const corsOrigins = (env: Core.Config.Shared.ConfigParams['env']): string[] => {
  const publicUrl = env('PUBLIC_URL', '');
  const port = env.int('PORT', 1337);
  const own = publicUrl
    ? [new URL(publicUrl).origin]
    : [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
  const extra = env.array('CORS_ORIGINS', []).filter((origin) => origin.trim() !== '');
  return [...new Set([...own, ...extra])];
};

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  // Replaces strapi::logger: logs method, path without query string, status and time only.
  'global::request-log',
  'strapi::errors',
  'strapi::security',
  { name: 'strapi::cors', config: { origin: corsOrigins(env), credentials: true } },
  'strapi::poweredBy',
  'strapi::query',
  // Refuses an oversized GraphQL request before it is read.
  'global::graphql-body-limit',
  'strapi::body',
  // Refuses fragment cycles, which Strapi's depth limit would follow until the stack overflows.
  'global::graphql-fragment-cycles',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
