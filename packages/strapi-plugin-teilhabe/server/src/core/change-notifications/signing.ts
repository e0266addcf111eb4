import { randomUUID } from 'node:crypto';
import type { Webhook } from 'standardwebhooks';

/** The headers of a Standard Webhooks request (https://www.standardwebhooks.com/). */
export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/**
 * @returns a new message id; retries of one message keep it, so that the
 *   portal can tell a retry of a message it already handled from a new one
 */
export const newMessageId = (): string => `msg_${randomUUID()}`;

/**
 * Signs a body for one delivery attempt. The timestamp is that of the
 * attempt, not of the message: a portal that was down for longer than the
 * receiver's tolerance (5 minutes) must still accept the retry.
 * @param webhook the signer, made from `TEILHABE_CHANGE_SECRET`
 * @param id the message id
 * @param body the JSON body exactly as sent
 * @param now the time of the attempt
 * @returns the three headers to send with the body
 */
export const signedHeaders = (
  webhook: Webhook,
  id: string,
  body: string,
  now: Date = new Date()
): SignedHeaders => ({
  'webhook-id': id,
  'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
  'webhook-signature': webhook.sign(id, now, body),
});
