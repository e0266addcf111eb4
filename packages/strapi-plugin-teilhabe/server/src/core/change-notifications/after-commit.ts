import type { Core } from '@strapi/types';

/**
 * Runs `work` once the write it follows is committed. The content manager
 * wraps its writes in its own transaction (publish = update + publish), so a
 * Document Service call can return long before its data is visible to other
 * connections; telling the portal then would let it re-read the old content.
 * A transaction that rolls back runs nothing.
 * @param strapi the Strapi instance
 * @param work what to do after the commit; its errors are caught
 * @returns when `work` ran or was registered for the commit; never rejects
 */
export const afterCommit = async (strapi: Core.Strapi, work: () => void): Promise<void> => {
  const guarded = () => {
    try {
      work();
    } catch (error) {
      strapi.log.warn(`[teilhabe] After-commit work failed: ${String(error)}`);
    }
  };
  if (!strapi.db.inTransaction()) {
    guarded();
    return;
  }
  try {
    // Nested: joins the open transaction, whose commit runs the callbacks.
    await strapi.db.transaction(({ onCommit }) => {
      onCommit(guarded);
    });
  } catch (error) {
    // The write itself succeeded; only its notification is lost (the portal's cache expires).
    strapi.log.warn(`[teilhabe] Could not wait for the commit: ${String(error)}`);
  }
};
