import { parseDirectoryQuery, serializeDirectoryQuery } from '#shared/directory-query';

/**
 * Loads one page of directory results for the filters in the current URL.
 * The key stays the same while the filters change, so the last results stay
 * on screen until the new ones arrive.
 * @returns the directory view model, refetched when the query or locale changes
 */
export function useDirectoryView() {
  const { locale } = useI18n();
  const route = useRoute();
  const query = computed(() => ({
    locale: locale.value,
    ...serializeDirectoryQuery(parseDirectoryQuery(route.query)),
  }));
  return useViewRequest(
    useViewFetch('/api/view/directory', {
      key: () => `view:directory:${locale.value}`,
      query,
    })
  );
}
