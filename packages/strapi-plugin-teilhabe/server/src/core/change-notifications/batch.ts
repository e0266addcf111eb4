import { changeKey, type ChangeNotificationBody, type ContentChange } from './changes';

/**
 * Changes listed in one notification at most. The portal purges all content
 * caches whatever the list says, so a long list (seeding, a bulk import) only
 * costs bytes: it is cut here and marked as cut.
 */
export const MAX_CHANGES_PER_NOTIFICATION = 100;

/**
 * The changes that have not reached a portal yet, each once. Merging is how
 * bursts coalesce and how a portal that was down gets one notification
 * instead of one per write.
 */
export class ChangeBatch {
  private readonly changes = new Map<string, ContentChange>();
  private started = false;
  private cleared = false;

  /** @returns whether there is nothing to send */
  get isEmpty(): boolean {
    return !this.started && !this.cleared && this.changes.size === 0;
  }

  /** @param change a write to pass on */
  add(change: ContentChange): void {
    this.changes.set(changeKey(change), change);
  }

  /** Notes that the CMS (re)started: whatever happened before may not have been sent. */
  addStarted(): void {
    this.started = true;
  }

  /** Notes that an administrator asked every portal to drop its cache. */
  addCacheCleared(): void {
    this.cleared = true;
  }

  /** @param other changes to send together with these */
  merge(other: ChangeBatch): void {
    this.started ||= other.started;
    this.cleared ||= other.cleared;
    for (const [key, change] of other.changes) {
      this.changes.set(key, change);
    }
  }

  /**
   * The notification's JSON body. "cms.started" and "cache.cleared" stand for
   * every change: the portal purges everything on any type, and a start may
   * follow writes that were never sent.
   * @returns the body to sign and send
   */
  toBody(): ChangeNotificationBody {
    if (this.started) {
      return { type: 'cms.started' };
    }
    if (this.cleared) {
      return { type: 'cache.cleared' };
    }
    const changes = [...this.changes.values()];
    return changes.length > MAX_CHANGES_PER_NOTIFICATION
      ? {
          type: 'content.changed',
          changes: changes.slice(0, MAX_CHANGES_PER_NOTIFICATION),
          truncated: true,
        }
      : { type: 'content.changed', changes };
  }
}
