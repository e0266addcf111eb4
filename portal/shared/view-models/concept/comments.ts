import type { CommentsQuery } from '@teilhabe/graphql';
import { isLocaleCode, type LocaleCode } from '@teilhabe/locales';

/** A published comment on a chapter. */
export interface CommentView {
  id: string;
  text: string;
  /** The language it is written in (for `lang` and `dir`). */
  language: LocaleCode;
  /** `YYYY-MM-DD`. */
  publishedOn: string;
}

/**
 * Maps the `Comments` query result to its view: comments in a language the
 * portal does not know are dropped (their `lang` could not be set).
 * @param data the query result
 */
export function toCommentsView(data: CommentsQuery): CommentView[] {
  return data.teilhabeComments.flatMap((comment) =>
    isLocaleCode(comment.language)
      ? [
          {
            id: comment.documentId,
            text: comment.text,
            language: comment.language,
            publishedOn: comment.publishedOn,
          },
        ]
      : []
  );
}
