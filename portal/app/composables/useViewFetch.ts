/**
 * `useFetch` for the portal's own `/api/view/…` routes. Those answer 503 when
 * the CMS is down; ofetch's default retry would only double the wait (and the
 * load on a struggling CMS) before the error page.
 */
export const useViewFetch = createUseFetch({ retry: 0 });
