import type { Core, Modules } from '@strapi/types';

/** Document Service actions that read; each may receive a `status` parameter. */
export const READ_ACTIONS: ReadonlySet<string> = new Set([
  'findMany',
  'findFirst',
  'findOne',
  'count',
]);

/**
 * True while the current request is a content-API request (REST `/api/*` or
 * GraphQL). Both set `ctx.state.route.info.type` to `content-api`; the admin
 * panel (where editors preview drafts) uses `admin` routes.
 */
export const isContentApiRequest = (strapi: Core.Strapi): boolean => {
  const ctx = strapi.requestContext.get() as
    { state?: { route?: { info?: { type?: string } } } } | undefined;
  return ctx?.state?.route?.info?.type === 'content-api';
};

/**
 * A Document Service middleware that pins every read made on behalf of a
 * content-API request to published documents.
 *
 * A public `find` permission in Strapi 5 also answers `status: DRAFT` in
 * GraphQL and `?status=draft` in REST, and nested relations and connections
 * follow the requested status. Rewriting the parameter here, at the single
 * place every read passes through, covers all of those paths at once.
 */
export const publishedOnlyMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (READ_ACTIONS.has(context.action) && isContentApiRequest(strapi)) {
      const params = context.params as {
        status?: string;
        hasPublishedVersion?: unknown;
        publicationFilter?: unknown;
      };
      params.status = 'published';
      // Both filter by the state of drafts: they would tell the public which
      // published documents have unpublished changes or siblings.
      delete params.hasPublishedVersion;
      delete params.publicationFilter;
    }
    return next();
  };
