import type { AsyncData, NuxtError } from '#app';

/**
 * The view routes answer 404 for missing content and 503 when the CMS is down;
 * both become the localized error page with the same status.
 */
function toPageError(error: NuxtError): NuxtError {
  const status = error.status ?? error.statusCode ?? 500;
  return status === 404
    ? createError({ status, statusText: 'Not Found', fatal: true })
    : createError({ status: Math.max(status, 500), fatal: true });
}

/**
 * Waits for a view request and turns its failure into the error page: at once
 * for the first load, and later when a refetch (e.g. after switching the
 * language on the client) fails.
 * @param request the result of `useViewFetch` for a `/api/view/…` route, not yet awaited
 * @returns the request's data ref, filled when the function resolves
 */
export async function useViewRequest<T>(
  request: AsyncData<T, NuxtError | undefined>
): Promise<AsyncData<T, NuxtError | undefined>['data']> {
  let settled = false;
  // Registered before the first await, while the component instance is known.
  watch(request.error, (error) => {
    if (settled && error) {
      showError(toPageError(error));
    }
  });
  await request;
  settled = true;
  if (request.error.value) {
    throw toPageError(request.error.value);
  }
  return request.data;
}
