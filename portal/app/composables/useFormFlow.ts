import type { FormPageView } from '#shared/forms/view';

/**
 * The state of one form being filled in, as the server left it: the page's
 * request (a visit, or a plain HTML post of a step) has already been run by
 * `server/middleware/forms.ts`, which puts its result in the request's
 * context. Form pages ship no Nuxt script, so the page renders on the server
 * only; their own script posts the next step to the same address.
 * @returns the view
 */
export function useFormFlow(): Ref<FormPageView> {
  const event = useRequestEvent();
  const view = event?.context.teilhabeFormView as FormPageView | undefined;
  if (!view) {
    // The middleware runs every form page's request; without its view the form is unknown.
    throw createError({ status: 404, statusText: 'Not Found', fatal: true });
  }
  return shallowRef(view);
}
