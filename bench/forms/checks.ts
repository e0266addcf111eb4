import type { ScratchDatabase } from '../shared/databases.ts';
import { renderForm, renderForms } from './render-tokens.ts';
import { sendSubmission } from './send.ts';
import type { Submission, Target } from './submission-requests.ts';
import { FORM_SLUG, filledForm, nextClientAddress } from './workload.ts';

/** The rate limit the CMS applies by default (docs/forms.md): 30 submissions per address and 10 minutes. */
export const DEFAULT_SUBMISSION_LIMIT = 30;

/** What the checks before a run found; each one fails the run when it does not hold. */
export interface SetupChecks {
  /** Submissions accepted from one address before it was refused with 429 RATE_LIMITED. */
  acceptedBeforeRateLimit: number;
  /** A submission sent at once after the form read was refused with TOO_FAST. */
  tooFastRefused: boolean;
  /** Through each target, a submission was acknowledged and its row holds ciphertext, no answer in plain text. */
  encryptedAtRest: Target[];
}

let residents = 0;

/**
 * Submissions of new residents, each from a new address, on the given form reads.
 * @param rendered one form read per submission
 */
export const submissionsFor = (rendered: Submission['rendered'][]): Submission[] =>
  rendered.map((form) => ({
    client: nextClientAddress(),
    form: filledForm(residents++),
    rendered: form,
  }));

const fail = (message: string): never => {
  throw new Error(`Check failed: ${message}`);
};

/**
 * One submission through a target is acknowledged and stored once,
 * encrypted: the row has ciphertext, and neither the e-mail address nor the
 * family name appears anywhere in it.
 * @param cmsUrl the CMS base URL (form reads)
 * @param url the target's base URL
 * @param target the CMS directly, or the portal
 * @param database the CMS's database, read directly
 */
export const checkStoredEncrypted = async (
  cmsUrl: string,
  url: string,
  target: Target,
  database: ScratchDatabase
): Promise<void> => {
  const [first] = submissionsFor(await renderForms(cmsUrl, FORM_SLUG, 1));
  const sent = await sendSubmission(url, target, first!);
  if (!sent.reference) {
    fail(`a valid submission through ${target} was not acknowledged (${sent.status})`);
  }
  const rows = await database.select<Record<string, unknown>>(
    `SELECT * FROM teilhabe_submissions WHERE reference = '${sent.reference}'`
  );
  const stored = JSON.stringify(rows);
  const name = first!.form.answers.name as { family: string };
  if (
    rows.length !== 1 ||
    String(rows[0]!.ciphertext ?? '').length === 0 ||
    stored.includes(String(first!.form.answers.email)) ||
    stored.includes(name.family)
  ) {
    fail(`the submission ${sent.reference} is not stored once, encrypted`);
  }
};

/**
 * The CMS's protections are on: a submission sent at once after the form
 * read is refused as too fast, and one address is refused after
 * {@link DEFAULT_SUBMISSION_LIMIT} submissions.
 * @param cmsUrl the CMS base URL
 */
export const checkRefusals = async (
  cmsUrl: string
): Promise<Pick<SetupChecks, 'tooFastRefused' | 'acceptedBeforeRateLimit'>> => {
  const [tooFast] = submissionsFor([await renderForm(cmsUrl, FORM_SLUG)]);
  const early = await sendSubmission(cmsUrl, 'direct', tooFast!);
  if (early.status !== 400 || early.refusal !== 'TOO_FAST') {
    fail(`a submission right after the form read was answered ${early.status} ${early.refusal}`);
  }
  return { tooFastRefused: true, acceptedBeforeRateLimit: await acceptedFromOneAddress(cmsUrl) };
};

/** Sends from one address until it is refused; must be refused after exactly the default limit. */
const acceptedFromOneAddress = async (cmsUrl: string): Promise<number> => {
  const address = nextClientAddress();
  const tries = submissionsFor(
    await renderForms(cmsUrl, FORM_SLUG, DEFAULT_SUBMISSION_LIMIT + 1)
  ).map((submission) => ({ ...submission, client: address }));
  let accepted = 0;
  for (const submission of tries) {
    const result = await sendSubmission(cmsUrl, 'direct', submission);
    if (!result.reference) {
      if (result.status !== 429 || result.refusal !== 'RATE_LIMITED') {
        fail(`a submission was refused with ${result.status} ${result.refusal}, not RATE_LIMITED`);
      }
      break;
    }
    accepted += 1;
  }
  if (accepted !== DEFAULT_SUBMISSION_LIMIT) {
    fail(`one address had ${accepted} submissions accepted, not ${DEFAULT_SUBMISSION_LIMIT}`);
  }
  return accepted;
};
