import { toPostEntries } from '@teilhabe/forms';
import type { RenderedForm } from './render-tokens.ts';
import { FORM_SLUG, type FilledForm } from './workload.ts';

/** Where submissions are sent: the CMS's route, or the portal's no-JavaScript form post. */
export type Target = 'direct' | 'portal';

/** One resident's submission: who sends it, what they answered, the form read they filled in. */
export interface Submission {
  client: string;
  form: FilledForm;
  rendered: RenderedForm;
}

/** An HTTP request, by path on the target's origin. */
export interface SubmissionRequest {
  method: 'POST';
  path: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * The request the CMS gets: `POST /api/teilhabe/forms/<slug>/submissions`
 * (docs/forms.md), the honeypot left empty, the resident's address as the
 * first `X-Forwarded-For` entry as the portal passes it on.
 */
const directRequest = ({ client, form, rendered }: Submission): SubmissionRequest => ({
  method: 'POST',
  path: `/api/teilhabe/forms/${FORM_SLUG}/submissions`,
  headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
  body: JSON.stringify({
    version: rendered.version,
    locale: form.locale,
    answers: form.answers,
    renderToken: rendered.renderToken,
    idempotencyKey: rendered.idempotencyKey,
    website: '',
  }),
});

/**
 * The plain HTML post of the review page's "send" button, as a browser
 * without JavaScript sends it to `/<locale>/formulare/<slug>`: the answers
 * as the hidden inputs carry them (`toPostEntries`), the flow's own inputs
 * and the empty honeypot. The reverse proxy in front of the portal adds the
 * resident's address as `X-Forwarded-For`.
 */
const portalRequest = ({ client, form, rendered }: Submission): SubmissionRequest => ({
  method: 'POST',
  path: `/${form.locale}/formulare/${FORM_SLUG}`,
  headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': client },
  body: new URLSearchParams([
    ...toPostEntries(form.answers),
    ['_page', '_review'],
    ['_action', 'send'],
    ['_version', String(rendered.version)],
    ['_renderToken', rendered.renderToken],
    ['_idempotencyKey', rendered.idempotencyKey],
    ['website', ''],
  ]).toString(),
});

/**
 * The request that sends a submission to a target.
 * @param target the CMS directly, or the portal
 * @param submission what is sent
 */
export const submissionRequest = (target: Target, submission: Submission): SubmissionRequest =>
  target === 'direct' ? directRequest(submission) : portalRequest(submission);

/** The confirmation page shows the reference in `<p data-testid="reference"><bdi>…</bdi></p>`. */
const PAGE_REFERENCE = /data-testid="reference"[^>]*>\s*<bdi[^>]*>([^<]+)<\/bdi>/;

/**
 * The reference a reply acknowledges, or null when the submission was not
 * taken: the CMS answers 201 `{ reference, code }`, the portal 200 with the
 * confirmation page.
 * @param target where it was sent
 * @param status the HTTP status
 * @param body the reply's body
 */
export const acknowledgedReference = (
  target: Target,
  status: number,
  body: string
): string | null => {
  if (target === 'direct') {
    if (status !== 201) {
      return null;
    }
    const reference = (JSON.parse(body) as { reference?: unknown }).reference;
    return typeof reference === 'string' ? reference : null;
  }
  return status === 200 ? (PAGE_REFERENCE.exec(body)?.[1]?.trim() ?? null) : null;
};
