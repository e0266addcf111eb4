/**
 * Loads the directory's taxonomies (categories, districts, target groups,
 * course types) with labels in the current locale, for the filter form and
 * the result list.
 * @returns the taxonomies view model
 */
export function useDirectoryTaxonomies() {
  const { locale } = useI18n();
  return useViewRequest(
    useViewFetch('/api/view/taxonomies', {
      key: () => `view:taxonomies:${locale.value}`,
      query: { locale },
    })
  );
}
