import type { Webhook } from 'standardwebhooks';
import { ChangeBatch } from './batch';
import { retryDelayMs, type RetryPolicy } from './backoff';
import { newMessageId, signedHeaders } from './signing';

/** Where a delivery reports outages and recoveries (Strapi's logger in the plugin). */
export interface DeliveryLog {
  info(message: string): void;
  warn(message: string): void;
}

/** Settings of the delivery to one portal. */
export interface PortalDeliveryOptions {
  url: URL;
  webhook: Webhook;
  retry: RetryPolicy;
  /** How long one attempt may take before it counts as failed. */
  timeoutMs: number;
  log: DeliveryLog;
}

interface Message {
  id: string;
  body: string;
  batch: ChangeBatch;
}

/** The portal's address for logs: no credentials or query string. */
const describe = (url: URL): string => `${url.origin}${url.pathname}`;

/** Node's fetch says only "fetch failed"; the cause names the socket error (ECONNREFUSED …). */
const failureReason = (error: unknown): string => {
  const code = (error as { cause?: { code?: unknown } }).cause?.code;
  if (typeof code === 'string') {
    return code;
  }
  return error instanceof Error ? error.message : String(error);
};

/**
 * Delivers notifications to one portal, one at a time, until it answers 2xx.
 * A failed message is retried with backoff under the same id; changes that
 * arrive meanwhile join it as a new message, so a portal that was down gets
 * one notification when it is back, not one per write. Kept in memory only:
 * the "cms started" notification of the next start covers a crash.
 */
export class PortalDelivery {
  private queued = new ChangeBatch();
  private message: Message | null = null;
  private failures = 0;
  private sending = false;
  private stopped = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly aborter = new AbortController();

  constructor(private readonly options: PortalDeliveryOptions) {}

  /** @returns whether nothing is waiting to be delivered */
  get isIdle(): boolean {
    return !this.sending && this.message === null && this.queued.isEmpty;
  }

  /**
   * Queues changes and sends them at once unless an attempt is under way or
   * waiting for its retry (they join that one).
   * @param batch the changes; read, not kept
   */
  enqueue(batch: ChangeBatch): void {
    if (this.stopped || batch.isEmpty) {
      return;
    }
    this.queued.merge(batch);
    if (!this.sending && this.timer === undefined) {
      void this.attempt();
    }
  }

  /** Stops for good: no further attempts, the one in flight is aborted. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.aborter.abort();
  }

  private nextMessage(): Message | null {
    if (this.queued.isEmpty) {
      return this.message;
    }
    const batch = new ChangeBatch();
    if (this.message) {
      batch.merge(this.message.batch);
    }
    batch.merge(this.queued);
    this.queued = new ChangeBatch();
    return { id: newMessageId(), body: JSON.stringify(batch.toBody()), batch };
  }

  private async attempt(): Promise<void> {
    this.timer = undefined;
    this.message = this.nextMessage();
    const message = this.message;
    if (!message || this.stopped) {
      return;
    }
    this.sending = true;
    const failure = await this.post(message);
    this.sending = false;
    if (this.stopped) {
      return;
    }
    if (failure === null) {
      this.delivered();
      return;
    }
    this.failures += 1;
    if (this.failures === 1) {
      this.options.log.warn(
        `[teilhabe] Change notification to ${describe(this.options.url)} failed (${failure}); retrying until it answers.`
      );
    }
    this.timer = setTimeout(
      () => void this.attempt(),
      retryDelayMs(this.failures, this.options.retry)
    );
    // A retry loop must not keep a CLI command (console, schema export) alive.
    this.timer.unref();
  }

  private delivered(): void {
    if (this.failures > 0) {
      this.options.log.info(
        `[teilhabe] Change notification to ${describe(this.options.url)} delivered after ${this.failures + 1} attempts.`
      );
    }
    this.failures = 0;
    this.message = null;
    if (!this.queued.isEmpty) {
      void this.attempt();
    }
  }

  /** @returns `null` when the portal answered 2xx, else why not */
  private async post(message: Message): Promise<string | null> {
    try {
      const response = await fetch(this.options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...signedHeaders(this.options.webhook, message.id, message.body),
        },
        body: message.body,
        redirect: 'manual',
        signal: AbortSignal.any([this.aborter.signal, AbortSignal.timeout(this.options.timeoutMs)]),
      });
      await response.body?.cancel();
      return response.ok ? null : `HTTP ${response.status}`;
    } catch (error) {
      return failureReason(error);
    }
  }
}
