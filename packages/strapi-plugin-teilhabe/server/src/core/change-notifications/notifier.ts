import { Webhook } from 'standardwebhooks';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './backoff';
import { ChangeBatch } from './batch';
import type { ContentChange } from './changes';
import { PortalDelivery, type DeliveryLog } from './delivery';

/** Settings of the notifier; the defaults are those of a running CMS. */
export interface ChangeNotifierOptions {
  /** Each portal's change endpoint, e.g. `http://127.0.0.1:3000/api/cms/changes`. */
  urls: readonly URL[];
  /** `whsec_<base64>`, shared with the portals. */
  secret: string;
  log: DeliveryLog;
  /** Quiet time that ends a burst of writes. */
  debounceMs?: number;
  /** Longest a change waits during an endless burst (a bulk import). */
  maxWaitMs?: number;
  retry?: RetryPolicy;
  /** How long one delivery attempt may take. */
  timeoutMs?: number;
}

/** Collects writes and tells every portal about them. */
export interface ChangeNotifier {
  /** Queues writes; returns at once and never throws. */
  note(changes: readonly ContentChange[]): void;
  /** Queues the "cms started" notification. */
  noteStarted(): void;
  /** Queues the "cache cleared" notification (an administrator's action). */
  noteCacheCleared(): void;
  /** @returns whether every portal has been told everything queued so far */
  isIdle(): boolean;
  /** Clears every timer and aborts requests in flight (Strapi's `destroy`). */
  stop(): void;
}

/**
 * Creates the notifier. Writes are coalesced: a burst (an editor's publish
 * touches several locales; seeding writes hundreds of entries) becomes one
 * notification once no write came for `debounceMs`, or after `maxWaitMs` at
 * the latest. Every portal then gets it on its own, with retries.
 * @param options portals, secret, logger and timings
 * @returns the notifier
 * @throws when the secret is not a valid `whsec_` secret
 */
export const createChangeNotifier = ({
  urls,
  secret,
  log,
  debounceMs = 200,
  maxWaitMs = 2_000,
  retry = DEFAULT_RETRY_POLICY,
  timeoutMs = 5_000,
}: ChangeNotifierOptions): ChangeNotifier => {
  const webhook = new Webhook(secret);
  const deliveries = urls.map((url) => new PortalDelivery({ url, webhook, retry, timeoutMs, log }));
  let pending = new ChangeBatch();
  let timer: NodeJS.Timeout | undefined;
  let burstStartedAt = 0;
  let stopped = false;

  const flush = () => {
    timer = undefined;
    const batch = pending;
    pending = new ChangeBatch();
    for (const delivery of deliveries) {
      delivery.enqueue(batch);
    }
  };

  const schedule = () => {
    if (stopped) {
      return;
    }
    const now = Date.now();
    if (timer === undefined) {
      burstStartedAt = now;
    } else {
      clearTimeout(timer);
    }
    timer = setTimeout(flush, Math.max(0, Math.min(debounceMs, burstStartedAt + maxWaitMs - now)));
    timer.unref();
  };

  return {
    note(changes) {
      try {
        for (const change of changes) {
          pending.add(change);
        }
        schedule();
      } catch (error) {
        // Never fail an editor's write because of a notification.
        log.warn(`[teilhabe] Could not queue a change notification: ${String(error)}`);
      }
    },
    noteStarted() {
      pending.addStarted();
      schedule();
    },
    noteCacheCleared() {
      pending.addCacheCleared();
      schedule();
    },
    isIdle: () => timer === undefined && deliveries.every((delivery) => delivery.isIdle),
    stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      for (const delivery of deliveries) {
        delivery.stop();
      }
    },
  };
};
