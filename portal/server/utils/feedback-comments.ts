import type { H3Event } from 'h3';
import { CommentsDocument } from '@teilhabe/graphql';
import { toCommentsView, type CommentView } from '#shared/view-models/concept/comments';

/**
 * The published comments on a subject (the same in every locale: each
 * comment keeps the language it was written in). A newly published or
 * withdrawn comment reaches visitors through the purge on the CMS's change
 * notification.
 * @param event the portal request
 * @param subject a validated subject key
 */
export const loadComments = defineCachedFunction(
  async (event: H3Event, subject: string): Promise<CommentView[]> =>
    toCommentsView(await queryCms(event, CommentsDocument, { subject })),
  { name: 'view-comments', ...CMS_CACHE, getKey: (_event: H3Event, subject: string) => subject }
);
