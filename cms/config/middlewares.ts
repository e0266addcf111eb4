import type { Core } from '@strapi/strapi';

const config: Core.Config.Middlewares = [
  // Replaces strapi::logger: logs method, path without query string, status and time only.
  'global::request-log',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
