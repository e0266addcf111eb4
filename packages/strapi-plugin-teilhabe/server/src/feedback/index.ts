import { readRoute, type ControllerFactory, type Domain } from '../core/domain';
import { FEEDBACK_LABELS, FEEDBACK_OPTIONS } from './admin-labels';
import { COMMENT_UID } from './constants';
import comment from './content-types/comment';
import controller from './controller';
import { feedbackExtension, feedbackTypeDefs } from './graphql';
import service from './service';

/**
 * Feedback: public comments on a subject (a chapter of the integration
 * concept). A comment exists only once a moderator published it from an
 * accepted feedback submission in the inbox, with personal data removed
 * (`forms/inbox/comment.ts`), or an editor wrote it; nothing a resident
 * sends is shown unmoderated. The public reads published comments through
 * the domain's own query only.
 */
export const feedbackDomain: Domain = {
  adminLabels: FEEDBACK_LABELS,
  adminOptions: FEEDBACK_OPTIONS,
  contentTypes: { comment },
  controllers: { comments: controller as unknown as ControllerFactory },
  services: { comments: service },
  routes: [readRoute('/comments', 'comments.list')],
  withoutShadowCrud: [COMMENT_UID],
  graphql: feedbackExtension,
  plainTypeDefs: feedbackTypeDefs,
};
