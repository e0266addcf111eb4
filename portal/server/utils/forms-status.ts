import type { H3Event } from 'h3';
import { isLocaleCode, type LocaleCode } from '@teilhabe/locales';
import type { StatusCredentials, StatusEntryView, StatusPageView } from '#shared/forms/view';

interface StatusReply {
  form: string;
  status: string;
  history: StatusEntryView[];
  deleted?: boolean;
  message?: string;
  /** The submission's locale, the language of the history. */
  locale?: string;
}

const clean = (value: string | undefined, max: number) => (value ?? '').trim().slice(0, max);

/**
 * The CMS's body for a lookup: reference and code, or, without a reference,
 * the receipt of an anonymous report (`docs/forms.md`).
 */
function credentialsBody({ reference, code }: StatusCredentials, locale?: LocaleCode) {
  const where = reference ? { reference, code } : { receipt: code };
  return locale ? { ...where, locale } : where;
}

/**
 * One step of the status page: look up a submission by reference and code
 * (or an anonymous receipt), ask to confirm a withdrawal, or withdraw.
 * Reference and code come in the post body only, never in a URL.
 * @param event the portal request
 * @param locale the page's locale (for messages; the history is in the submission's)
 * @param entries the posted entries, or `null` for the empty lookup form
 * @returns what to show
 */
export async function runStatusFlow(
  event: H3Event,
  locale: LocaleCode,
  entries: ReadonlyArray<readonly [string, string]> | null
): Promise<StatusPageView> {
  if (!entries) {
    return { kind: 'lookup', error: null, reference: '' };
  }
  const posted = new Map(entries);
  // References are copied with spaces or in lower case; the CMS writes them in upper case.
  const credentials: StatusCredentials = {
    reference: clean(posted.get('reference'), 40).replace(/\s/g, '').toUpperCase(),
    code: clean(posted.get('code'), 80).replace(/\s/g, ''),
  };
  const action = posted.get('_action') ?? 'lookup';
  if (!credentials.code) {
    return { kind: 'lookup', error: 'missing', reference: credentials.reference };
  }
  if (action === 'withdraw') {
    return { kind: 'confirmWithdraw', ...credentials };
  }
  if (action === 'withdrawConfirmed') {
    const reply = await postToCms<unknown>(event, 'withdraw', credentialsBody(credentials, locale));
    return reply.ok
      ? { kind: 'withdrawn' }
      : {
          kind: 'lookup',
          error: reply.refusal.message || 'notFound',
          reference: credentials.reference,
        };
  }
  const reply = await postToCms<StatusReply>(event, 'status', credentialsBody(credentials, locale));
  if (!reply.ok) {
    return {
      kind: 'lookup',
      error: reply.refusal.message || 'notFound',
      reference: credentials.reference,
    };
  }
  const { value } = reply;
  return {
    kind: 'found',
    ...credentials,
    form: value.form,
    status: value.status,
    history: value.history ?? [],
    deleted: value.deleted === true,
    message: value.message ?? null,
    historyLocale: isLocaleCode(value.locale) ? value.locale : null,
  };
}
