import autocannon from 'autocannon';
import {
  acknowledgedReference,
  submissionRequest,
  type Submission,
  type Target,
} from './submission-requests.ts';

/** What one load run measured. */
export interface SubmissionLoad {
  target: Target;
  connections: number;
  /** Requests answered (accepted or refused). */
  sent: number;
  /** Submissions acknowledged with a reference. */
  accepted: number;
  seconds: number;
  /** Acknowledged submissions per second of the run. */
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers without a reference (refusals, errors), socket errors and timeouts. */
  failures: number;
  /** Answers without a reference, by HTTP status. */
  refusedByStatus: Record<string, number>;
}

/**
 * Sends `count` submissions to a target over `connections` connections, each
 * as fast as answers come back, every one with its own render token,
 * idempotency key, answers and client address (autocannon's `setupRequest`
 * takes the next one of `submissions`). A run ends when `count` answers
 * are in. `submissions` must hold `count + connections` at least: each
 * connection prepares its next request before the run ends.
 * @param url the target's base URL (CMS or portal)
 * @param target which request to send
 * @param submissions the prepared submissions, used once each
 * @param count how many answers to wait for
 * @param connections concurrent connections
 */
export const runSubmissions = async (
  url: string,
  target: Target,
  submissions: Submission[],
  count: number,
  connections: number
): Promise<SubmissionLoad> => {
  if (submissions.length < count + connections) {
    throw new Error(
      `${count} submissions over ${connections} connections need ${count + connections} prepared.`
    );
  }
  let next = 0;
  let accepted = 0;
  const refusedByStatus: Record<string, number> = {};
  const started = performance.now();
  const result = await autocannon({
    url,
    connections,
    amount: count,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const submission = submissions[next++];
          if (!submission) {
            throw new Error('The prepared submissions are used up.');
          }
          return { ...request, ...submissionRequest(target, submission) };
        },
        onResponse: (status, body) => {
          if (acknowledgedReference(target, status, body)) {
            accepted += 1;
          } else {
            refusedByStatus[status] = (refusedByStatus[status] ?? 0) + 1;
          }
        },
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  const refused = Object.values(refusedByStatus).reduce((sum, n) => sum + n, 0);
  return {
    target,
    connections,
    sent: result.requests.total,
    accepted,
    seconds: Math.round(seconds * 10) / 10,
    perSecond: Math.round((accepted / seconds) * 10) / 10,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failures: refused + result.errors + result.timeouts,
    refusedByStatus,
  };
};
