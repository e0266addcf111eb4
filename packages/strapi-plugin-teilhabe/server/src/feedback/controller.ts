import type { Core } from '@strapi/types';
import type { CommentsService } from './service';

interface Context {
  query: Record<string, unknown>;
  body: unknown;
}

/**
 * The comments' content-API action: `list` is also the permission of the
 * GraphQL query.
 */
const commentsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    ctx.body = await (strapi.plugin('teilhabe').service('comments') as CommentsService).list(
      String(ctx.query.subject ?? '')
    );
  },
});

export default commentsController;
