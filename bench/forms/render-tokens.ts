/** What the form read gives a resident's browser: the version, a signed render token, an idempotency key. */
export interface RenderedForm {
  version: number;
  renderToken: string;
  idempotencyKey: string;
  /** When the token was issued (this machine's clock, ms). */
  issuedAt: number;
}

/** The CMS refuses a submission sent sooner than this after the form was read (`MIN_FILL_MS`). */
export const MIN_FILL_MS = 3000;

/** The portal's form read (`portal/server/utils/forms-cms.ts`), without the directory options this form has none of. */
const FORM_QUERY = `query TeilhabeForm($slug: String!, $locale: I18NLocaleCode!) {
  teilhabeForm(slug: $slug, locale: $locale) { snapshot state renderToken idempotencyKey }
}`;

interface FormReply {
  data?: {
    teilhabeForm: {
      snapshot: { version: number };
      state: string;
      renderToken: string;
      idempotencyKey: string;
    } | null;
  };
  errors?: Array<{ message: string }>;
}

/**
 * Reads the form once, as the portal does when it renders it.
 * @param cmsUrl the CMS base URL
 * @param slug the form's slug
 */
export const renderForm = async (cmsUrl: string, slug: string): Promise<RenderedForm> => {
  const response = await fetch(`${cmsUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: FORM_QUERY, variables: { slug, locale: 'de' } }),
  });
  const json = (await response.json()) as FormReply;
  const form = json.data?.teilhabeForm;
  if (!response.ok || json.errors || !form || form.state !== 'open') {
    throw new Error(
      `Reading the form "${slug}" failed (${response.status}): ${JSON.stringify(json)}`
    );
  }
  return {
    version: form.snapshot.version,
    renderToken: form.renderToken,
    idempotencyKey: form.idempotencyKey,
    issuedAt: Date.now(),
  };
};

/**
 * Reads the form `count` times over `connections` parallel connections,
 * before a run, so that every submission of the run has a render token of
 * its own; then waits until the last one is {@link MIN_FILL_MS} old (plus a
 * margin), as a resident takes time to fill the form in.
 * @param cmsUrl the CMS base URL
 * @param slug the form's slug
 * @param count how many
 * @param connections parallel reads
 */
export const renderForms = async (
  cmsUrl: string,
  slug: string,
  count: number,
  connections = 10
): Promise<RenderedForm[]> => {
  const forms: RenderedForm[] = [];
  const worker = async () => {
    while (forms.length < count) {
      forms.push(await renderForm(cmsUrl, slug));
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const wait = Math.max(...forms.map((form) => form.issuedAt)) + MIN_FILL_MS + 500 - Date.now();
  if (wait > 0) {
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return forms.slice(0, count);
};
