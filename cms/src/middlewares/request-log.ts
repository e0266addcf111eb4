import type { Core } from '@strapi/strapi';

/**
 * Request log without personal data: method, path (never the query string,
 * which may carry search terms or tokens), status and duration. No IP
 * addresses, no user agents.
 */
const requestLog: Core.MiddlewareFactory = (_config, { strapi }) => {
  return async (ctx, next) => {
    const start = Date.now();
    try {
      await next();
    } finally {
      strapi.log.http(`${ctx.method} ${ctx.path} (${Date.now() - start} ms) ${ctx.status}`);
    }
  };
};

export default requestLog;
