import {
  acknowledgedReference,
  submissionRequest,
  type Submission,
  type Target,
} from './submission-requests.ts';

/** One answered submission. */
export interface SendResult {
  status: number;
  /** The acknowledged reference, or null. */
  reference: string | null;
  /** `error.details.code` of a CMS refusal (`RATE_LIMITED`, `TOO_FAST`, …), else null. */
  refusal: string | null;
}

/**
 * Sends one submission with `fetch` and reads the answer.
 * @param url the target's base URL
 * @param target the CMS directly, or the portal
 * @param submission what is sent
 * @throws when no answer comes (connection refused or reset)
 */
export const sendSubmission = async (
  url: string,
  target: Target,
  submission: Submission
): Promise<SendResult> => {
  const { method, path, headers, body } = submissionRequest(target, submission);
  const response = await fetch(`${url}${path}`, { method, headers, body });
  const text = await response.text();
  let refusal: string | null = null;
  if (target === 'direct' && response.status >= 400) {
    const json = JSON.parse(text) as { error?: { details?: { code?: string } } };
    refusal = json.error?.details?.code ?? null;
  }
  return {
    status: response.status,
    reference: acknowledgedReference(target, response.status, text),
    refusal,
  };
};
