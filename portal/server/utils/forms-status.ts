import type { H3Event } from 'h3';
import { isLocaleCode, type LocaleCode } from '#shared/locales';
import type { StatusEntryView, StatusPageView } from '#shared/forms/view';

interface StatusReply {
  form: string;
  status: string;
  locale?: string;
  history: StatusEntryView[];
  deleted?: boolean;
}

const clean = (value: string | undefined, max: number) => (value ?? '').trim().slice(0, max);

/**
 * One step of the status page: look up a submission by reference and code,
 * ask to confirm a withdrawal, or withdraw. Reference and code come in the
 * post body only, never in a URL.
 * @param event the portal request
 * @param locale the page's locale
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
  // Residents copy references with spaces or in lower case; the CMS's alphabet is upper case.
  const reference = clean(posted.get('reference'), 40).replace(/[\s-]/g, '').toUpperCase();
  const code = clean(posted.get('code'), 200).replace(/\s/g, '');
  const action = posted.get('_action') ?? 'lookup';
  if (!reference || !code) {
    return { kind: 'lookup', error: 'missing', reference };
  }
  if (action === 'withdraw') {
    return { kind: 'confirmWithdraw', reference, code };
  }
  if (action === 'withdrawConfirmed') {
    const reply = await postToCms<unknown>(event, 'withdraw', { reference, code });
    return reply.ok
      ? { kind: 'withdrawn' }
      : { kind: 'lookup', error: reply.refusal.message || 'notFound', reference };
  }
  const reply = await postToCms<StatusReply>(event, 'status', { reference, code, locale });
  if (!reply.ok) {
    return { kind: 'lookup', error: reply.refusal.message || 'notFound', reference };
  }
  const { value } = reply;
  return {
    kind: 'found',
    reference,
    code,
    form: value.form,
    status: value.status,
    locale: isLocaleCode(value.locale) ? value.locale : locale,
    history: value.history ?? [],
    deleted: value.deleted === true,
  };
}
