import type { Core } from '@strapi/types';

/** The path of the upload route below the content API's prefix: `/teilhabe/forms/<slug>/files`. */
const UPLOAD_PATH = /^\/teilhabe\/forms\/[^/]+\/files\/?$/;

type MiddlewareFactory = (
  config: unknown,
  context: { strapi: Core.Strapi }
) => Core.MiddlewareHandler;

/**
 * Keeps `strapi::body` away from the forms' upload route, whose action reads
 * the multipart stream itself (`uploads/multipart.ts`): Strapi's parser
 * would write the resident's file unencrypted to a temporary file on disk,
 * up to its own, far larger limit, before the route could refuse it. Every
 * other request is parsed as before. Call in `register`, before Strapi
 * builds its middlewares.
 * @param strapi the Strapi instance
 */
export const keepBodyParserOffUploads = (strapi: Core.Strapi): void => {
  const prefix = strapi.config.get<string>('api.rest.prefix', '/api');
  const middlewares = strapi.get('middlewares') as {
    extend(uid: string, wrap: (factory: MiddlewareFactory) => MiddlewareFactory): unknown;
  };
  middlewares.extend('strapi::body', (factory) => (config, context) => {
    const parse = factory(config, context);
    return (ctx, next) =>
      ctx.method === 'POST' &&
      ctx.path.startsWith(`${prefix}/`) &&
      UPLOAD_PATH.test(ctx.path.slice(prefix.length))
        ? next()
        : parse(ctx, next);
  });
};
