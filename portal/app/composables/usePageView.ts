import type { MaybeRefOrGetter } from 'vue';

/**
 * Loads a CMS page in the current locale from the portal server. The server
 * falls back to German when the page is not translated yet.
 * @param slug the page slug from the route
 * @returns the page view model
 */
export function usePageView(slug: MaybeRefOrGetter<string>) {
  const { locale } = useI18n();
  return useViewRequest(
    useViewFetch('/api/view/page', {
      key: () => `view:page:${locale.value}:${toValue(slug)}`,
      query: { locale, slug },
    })
  );
}
