import type { FormPageView } from '#shared/forms/view';

/**
 * The state of one form being filled in. The first rendering comes from the
 * server: a plain HTML post has already been run by `server/middleware/forms.ts`,
 * and its result is in the request's context. Later steps with JavaScript
 * post the same entries to `/api/forms/step` (the form's data with its files,
 * where files were chosen) and replace the state; without
 * JavaScript every step is a full page post.
 * @param slug the form's slug
 * @returns the view and a function that runs a step
 */
export async function useFormFlow(slug: string) {
  const { locale } = useI18n();
  const event = useRequestEvent();
  const view = useState<FormPageView | null>(`form-flow:${locale.value}:${slug}`, () =>
    import.meta.server
      ? ((event?.context.teilhabeFormView as FormPageView | undefined) ?? null)
      : null
  );

  const route = useRoute();
  /** The page's query without the preview token (a preview comes with the server's render only). */
  const linkChoices = () =>
    Object.fromEntries(Object.entries(route.query).filter(([name]) => name !== 'vorschau'));

  /** Posts a step: its entries as JSON, or the form's data (with chosen files) as multipart. */
  async function step(entries: Array<[string, string]> | FormData | null): Promise<void> {
    view.value = await $fetch<FormPageView>('/api/forms/step', {
      method: 'POST',
      // A first step passes on the page's query: choices its link made (`?thema=…`).
      query: { ...(entries === null ? linkChoices() : {}), locale: locale.value, slug },
      body: entries instanceof FormData ? entries : { entries },
      retry: 0,
    });
  }

  if (!view.value) {
    try {
      await step(null);
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode ?? 500;
      throw createError({
        status,
        statusText: status === 404 ? 'Not Found' : 'Error',
        fatal: true,
      });
    }
  }
  return { view, step };
}
