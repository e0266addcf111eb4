import { LRUCache } from 'lru-cache';
import { Webhook } from 'standardwebhooks';

/**
 * Verification and replay protection of the CMS's change notifications
 * (Standard Webhooks, signed with the shared `whsec_` secret). Plain module
 * without Nitro imports, so that Jest checks it; the route
 * `server/api/cms/changes.post.ts` wires it to the request and the cache.
 */

/** `standardwebhooks` refuses timestamps more than 5 minutes old or ahead. */
const SIGNATURE_TOLERANCE_MS = 5 * 60_000;

/** What became of a notification. */
export type ChangeOutcome = 'purged' | 'replayed' | 'refused';

/** What the receiver needs from its host. */
export interface ChangeReceiverOptions {
  /** `whsec_<base64>`, the same value as the CMS's `TEILHABE_CHANGE_SECRET`. */
  secret: string;
  /** Removes every cached CMS answer. */
  purge: () => Promise<unknown>;
  /**
   * Delay of the second purge. A revalidation that read the CMS just before
   * the change may write its old answer back after the first purge.
   */
  purgeAgainAfterMs?: number;
  /** Reports a failure of the second purge (nobody waits for it). */
  onError?: (error: unknown) => void;
}

/** Checks notifications and purges on the genuine ones. */
export interface ChangeReceiver {
  /**
   * @param body the raw request body, exactly as received
   * @param headers the request headers
   * @returns `refused` for a bad or missing signature or a timestamp outside
   *   the tolerance, `replayed` for a message id already handled, else `purged`
   */
  receive(
    body: string,
    headers: Readonly<Record<string, string | string[] | undefined>>
  ): Promise<ChangeOutcome>;
  /** Cancels a pending second purge. */
  stop(): void;
}

const SIGNATURE_HEADERS = ['webhook-id', 'webhook-timestamp', 'webhook-signature'] as const;

function signatureHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>
): Record<string, string> | null {
  const picked: Record<string, string> = {};
  for (const name of SIGNATURE_HEADERS) {
    const value = headers[name];
    if (typeof value !== 'string' || value === '') {
      return null;
    }
    picked[name] = value;
  }
  return picked;
}

/**
 * Creates the receiver.
 * @param options secret, purge and the delay of the second purge
 * @returns the receiver
 * @throws when the secret is not a valid `whsec_` secret
 */
export function createChangeReceiver({
  secret,
  purge,
  purgeAgainAfterMs = 1_500,
  onError = () => undefined,
}: ChangeReceiverOptions): ChangeReceiver {
  const webhook = new Webhook(secret);
  // A message id is accepted only while its timestamp is (±5 min), so
  // remembering ids for twice that long rejects every replay; the bound keeps
  // a flood of genuine messages from growing memory.
  const handled = new LRUCache<string, true>({ max: 10_000, ttl: 2 * SIGNATURE_TOLERANCE_MS });
  let again: ReturnType<typeof setTimeout> | undefined;

  const purgeAgainLater = () => {
    clearTimeout(again);
    again = setTimeout(() => {
      again = undefined;
      purge().catch(onError);
    }, purgeAgainAfterMs);
    again.unref?.();
  };

  return {
    async receive(body, headers) {
      const picked = signatureHeaders(headers);
      if (!picked) {
        return 'refused';
      }
      try {
        webhook.verify(body, picked, { jsonParse: false });
      } catch {
        return 'refused';
      }
      // Checked after the signature: a forged message must not be able to
      // mark the id of a genuine one as handled.
      const id = picked['webhook-id']!;
      if (handled.has(id)) {
        return 'replayed';
      }
      handled.set(id, true);
      try {
        await purge();
      } catch (error) {
        // Not handled after all: the CMS's retry must be let in.
        handled.delete(id);
        throw error;
      }
      purgeAgainLater();
      return 'purged';
    },
    stop() {
      clearTimeout(again);
      again = undefined;
    },
  };
}
