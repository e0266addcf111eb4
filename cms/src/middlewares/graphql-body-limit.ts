import type { Core } from '@strapi/strapi';

/** Bytes one public GraphQL request may send: the portal's largest sends under 4 KB. */
const MAX_GRAPHQL_BODY_BYTES = 64 * 1024;

/**
 * Answers 413 to a GraphQL request whose body is larger than
 * {@link MAX_GRAPHQL_BODY_BYTES}, before the body parser reads it; the admin
 * panel's own routes keep Strapi's limits. A body without a declared length
 * is still bounded by `strapi::body`, and its document by the token limit.
 */
const graphqlBodyLimit: Core.MiddlewareFactory = (_config, { strapi }) => {
  const endpoint = strapi.config.get<string>('plugin::graphql.endpoint', '/graphql');
  return async (ctx, next) => {
    if (ctx.path === endpoint && Number(ctx.get('content-length') || 0) > MAX_GRAPHQL_BODY_BYTES) {
      ctx.status = 413;
      ctx.body = {
        errors: [
          {
            message: `The request is larger than the limit of ${MAX_GRAPHQL_BODY_BYTES / 1024} KB.`,
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      };
      return;
    }
    await next();
  };
};

export default graphqlBodyLimit;
