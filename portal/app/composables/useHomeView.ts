/**
 * Loads the home page of the current locale from the portal server.
 * @returns welcome texts and life situations
 */
export function useHomeView() {
  const { locale } = useI18n();
  return useViewRequest(
    useViewFetch('/api/view/home', { key: () => `view:home:${locale.value}`, query: { locale } })
  );
}
