import type { Core } from '@strapi/types';
import { errors } from '@strapi/utils';
import { LOCALE_CODES } from '@teilhabe/locales';
import { z } from 'zod';
import {
  COMMENT_MAX_LENGTH,
  COMMENT_UID,
  isSubject,
  MAX_COMMENTS_PER_SUBJECT,
  SUBJECT_MAX_LENGTH,
  SUBJECT_PATTERN,
} from './constants';

/** A published comment as the public reads it. */
export interface PublicComment {
  documentId: string;
  subject: string;
  text: string;
  language: string;
  publishedOn: string;
}

/** What a moderator publishes: the redacted text, its subject and language. */
export const moderatedCommentSchema = z
  .object({
    subject: z.string().trim().max(SUBJECT_MAX_LENGTH).regex(SUBJECT_PATTERN),
    text: z.string().trim().min(1).max(COMMENT_MAX_LENGTH),
    language: z.enum(LOCALE_CODES),
  })
  .strict();
export type ModeratedComment = z.infer<typeof moderatedCommentSchema>;

/**
 * Public comments: written only by moderation (a caseworker publishing a
 * redacted feedback text from the inbox) or by editors in the content
 * manager; read by the public published-only. Reachable as
 * `strapi.plugin('teilhabe').service('comments')`.
 */
const comments = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * The published comments on a subject, newest first, at most
   * {@link MAX_COMMENTS_PER_SUBJECT}.
   * @param subject a subject key; anything else has no comments
   */
  async list(subject: string): Promise<PublicComment[]> {
    if (!isSubject(subject)) {
      return [];
    }
    const rows = (await strapi.documents(COMMENT_UID as never).findMany({
      status: 'published',
      filters: { subject: { $eq: subject } },
      sort: [{ publishedOn: 'desc' }, { id: 'desc' }],
      limit: MAX_COMMENTS_PER_SUBJECT,
      fields: ['subject', 'text', 'language', 'publishedOn'],
    } as never)) as unknown as PublicComment[];
    return rows.map(({ documentId, subject: key, text, language, publishedOn }) => ({
      documentId,
      subject: key,
      text,
      language,
      publishedOn,
    }));
  },

  /**
   * Creates and publishes a comment with exactly the given (redacted) text:
   * nothing of the submission it came from is stored with it.
   * @param input the moderator's subject, text and language
   * @param today the day of publishing, `YYYY-MM-DD`
   * @throws ValidationError with a German message for bad input
   */
  async publishModerated(input: unknown, today: string): Promise<{ documentId: string }> {
    const parsed = moderatedCommentSchema.safeParse(input);
    if (!parsed.success) {
      throw new errors.ValidationError(
        `Bitte Thema (Kleinbuchstaben und Bindestriche), Sprache und einen Text mit höchstens ${COMMENT_MAX_LENGTH} Zeichen angeben.`
      );
    }
    const created = await strapi.documents(COMMENT_UID as never).create({
      data: { ...parsed.data, publishedOn: today, isSampleContent: false },
      status: 'published',
    } as never);
    return { documentId: (created as { documentId: string }).documentId };
  },
});

export type CommentsService = ReturnType<typeof comments>;

export default comments;
