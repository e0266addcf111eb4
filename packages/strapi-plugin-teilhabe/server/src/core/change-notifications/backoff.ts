/** How long to wait between delivery attempts to a portal that did not answer 2xx. */
export interface RetryPolicy {
  /** Wait after the first failure, e.g. 500 ms. */
  firstDelayMs: number;
  /** Longest wait; a portal down for hours is tried this often, no more. */
  maxDelayMs: number;
}

/** 0.5 s, 1 s, 2 s, 4 s … up to 30 s. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { firstDelayMs: 500, maxDelayMs: 30_000 };

/**
 * Exponential backoff: doubling waits, capped.
 * @param failures failed attempts so far (1 after the first failure)
 * @param policy first and longest wait
 * @returns milliseconds until the next attempt
 */
export const retryDelayMs = (failures: number, policy: RetryPolicy): number =>
  Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, failures - 1));
