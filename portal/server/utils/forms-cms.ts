import { gql, type TypedDocumentNode } from '@apollo/client';
import { formSnapshotSchema, type FormSnapshot } from '@teilhabe/forms';
import type { H3Event } from 'h3';
import type { LocaleCode } from '@teilhabe/locales';
import type { DirectoryChoiceView, FormListItemView, FormState } from '#shared/forms/view';

/**
 * The CMS's forms interface (`docs/forms.md`): reads over GraphQL, writes
 * and status lookups as POST routes. Nothing here is cached: every rendering
 * of a form needs a fresh render token and idempotency key, and the list's
 * states (open, full) change with each submission.
 */

interface LocalizedTextResult {
  locale: string;
  text: string;
}

interface FormsQuery {
  teilhabeForms: Array<{
    slug: string;
    title: LocalizedTextResult;
    summary: LocalizedTextResult | null;
    available: boolean;
    anonymous: boolean;
    state: FormState;
  } | null>;
}

const FORMS_QUERY: TypedDocumentNode<FormsQuery, { locale: string }> = gql`
  query TeilhabeForms($locale: I18NLocaleCode!) {
    teilhabeForms(locale: $locale) {
      slug
      title {
        locale
        text
      }
      summary {
        locale
        text
      }
      available
      anonymous
      state
    }
  }
`;

interface FormQuery {
  teilhabeForm: {
    snapshot: unknown;
    state: FormState;
    renderToken: string;
    idempotencyKey: string;
    directoryOptions: Array<{
      field: string;
      options: Array<{ value: string; label: LocalizedTextResult }>;
    }>;
  } | null;
}

const FORM_QUERY: TypedDocumentNode<
  FormQuery,
  { slug: string; locale: string; preview: string | null }
> = gql`
  query TeilhabeForm($slug: String!, $locale: I18NLocaleCode!, $preview: String) {
    teilhabeForm(slug: $slug, locale: $locale, preview: $preview) {
      snapshot
      state
      renderToken
      idempotencyKey
      directoryOptions {
        field
        options {
          value
          label {
            locale
            text
          }
        }
      }
    }
  }
`;

function localizedText(value: LocalizedTextResult, locale: LocaleCode) {
  const textLocale = (value.locale || 'de') as LocaleCode;
  return { text: value.text, locale: textLocale, fallback: textLocale !== locale };
}

/**
 * The published forms, titled in a locale.
 * @param event the portal request
 * @param locale the page's locale
 * @returns the list, in the CMS's order
 */
export async function fetchFormList(
  event: H3Event,
  locale: LocaleCode
): Promise<FormListItemView[]> {
  const data = await queryCms(event, FORMS_QUERY, { locale });
  return data.teilhabeForms.flatMap((form) =>
    form
      ? [
          {
            slug: form.slug,
            title: localizedText(form.title, locale),
            summary: form.summary?.text ? localizedText(form.summary, locale) : null,
            available: form.available,
            anonymous: form.anonymous,
            state: form.state,
          },
        ]
      : []
  );
}

/** A published form as the portal renders it. */
export interface CmsForm {
  snapshot: FormSnapshot;
  state: FormState;
  renderToken: string;
  idempotencyKey: string;
  directoryOptions: Record<string, DirectoryChoiceView[]>;
}

/**
 * The current published version of a form, with a fresh render token; with
 * a preview token from the admin, the form's draft (which cannot be sent).
 * @param event the portal request
 * @param slug the form's slug
 * @param locale the page's locale, for the labels of directory options
 * @param preview the preview token, or null
 * @returns the form, or `null` when there is none (or the preview token is not valid)
 */
export async function fetchForm(
  event: H3Event,
  slug: string,
  locale: LocaleCode,
  preview: string | null = null
): Promise<CmsForm | null> {
  const { teilhabeForm: form } = await queryCms(event, FORM_QUERY, { slug, locale, preview });
  if (!form) {
    return null;
  }
  const snapshot = formSnapshotSchema.safeParse(form.snapshot);
  if (!snapshot.success) {
    logServerError(`[forms] the CMS sent an invalid snapshot for ${slug}`);
    throw createError({ statusCode: 503, statusMessage: 'Content service unavailable' });
  }
  return {
    snapshot: snapshot.data,
    state: form.state,
    renderToken: form.renderToken,
    idempotencyKey: form.idempotencyKey,
    directoryOptions: Object.fromEntries(
      form.directoryOptions.map(({ field, options }) => [
        field,
        options.map((option) => ({
          value: option.value,
          label: localizedText(option.label, locale),
        })),
      ])
    ),
  };
}

/** The CMS's refusal (`docs/forms.md`, "Errors"). */
export interface CmsRefusal {
  status: number;
  code: string | null;
  message: string;
  errors: Array<{ path: Array<string | number>; code: string; message: string }>;
}

export type CmsReply<T> = { ok: true; value: T } | { ok: false; refusal: CmsRefusal };

/**
 * Sends a POST to a forms route of the CMS on the resident's behalf. The
 * body is personal data: it is never logged, and a failure logs the route
 * and status only.
 * @param event the portal request (its client address is passed on for rate limiting)
 * @param path below `/api/teilhabe/forms/`
 * @param body the JSON body, or a multipart form (an upload)
 * @param locale the resident's locale, for refusals the CMS gives before it reads the body
 * @returns the reply, or the CMS's refusal
 */
export async function postToCms<T>(
  event: H3Event,
  path: string,
  body: unknown,
  locale?: LocaleCode
): Promise<CmsReply<T>> {
  const url = `${useRuntimeConfig(event).cmsUrl.replace(/\/$/, '')}/api/teilhabe/forms/${path}`;
  const multipart = body instanceof FormData;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        // A multipart body gets its content type (with the boundary) from fetch.
        ...(multipart ? {} : { 'content-type': 'application/json' }),
        ...(locale ? { 'accept-language': locale } : {}),
        accept: 'application/json',
        'x-forwarded-for': residentAddress(event),
      },
      body: multipart ? body : JSON.stringify(body),
      signal: AbortSignal.timeout(multipart ? 60_000 : 15_000),
    });
  } catch (error) {
    logServerError(
      `[forms] POST ${path.split('/').pop()} failed: ${error instanceof Error ? error.name : 'error'}`
    );
    throw createError({ statusCode: 503, statusMessage: 'Content service unavailable' });
  }
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (response.ok && json) {
    return { ok: true, value: json as T };
  }
  if (response.status >= 400 && response.status < 500) {
    const error = (json?.error ?? {}) as {
      message?: string;
      details?: { code?: string; errors?: CmsRefusal['errors'] };
    };
    return {
      ok: false,
      refusal: {
        status: response.status,
        code: error.details?.code ?? null,
        message: error.message ?? '',
        errors: error.details?.errors ?? [],
      },
    };
  }
  logServerError(`[forms] POST ${path.split('/').pop()} answered ${response.status}`);
  throw createError({ statusCode: 503, statusMessage: 'Content service unavailable' });
}
