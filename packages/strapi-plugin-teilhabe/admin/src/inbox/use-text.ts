import { INBOX_MESSAGES, type InboxMessageKey } from '../translations/inbox';
import { textsOf } from '../translations/use-messages';

/** The inbox's texts in the admin's language, German when a text is missing. */
export const useInboxText = textsOf<InboxMessageKey>('inbox.', INBOX_MESSAGES.de);
