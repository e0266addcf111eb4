/**
 * Loads header and footer texts of the current locale from the portal server.
 * @returns the frame view model, refetched when the locale changes
 */
export function useSiteFrame() {
  const { locale } = useI18n();
  return useViewRequest(
    useViewFetch('/api/view/frame', { key: () => `view:frame:${locale.value}`, query: { locale } })
  );
}
