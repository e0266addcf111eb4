import type { MaybeRefOrGetter } from 'vue';

/**
 * Loads an offer of the directory in the current locale. Texts missing in
 * this locale come in German, marked as such.
 * @param slug the offer's slug from the route
 * @returns the offer, or the new slug of a renamed offer
 */
export function useOfferView(slug: MaybeRefOrGetter<string>) {
  const { locale } = useI18n();
  return useViewRequest(
    useViewFetch('/api/view/offer', {
      key: () => `view:offer:${locale.value}:${toValue(slug)}`,
      query: { locale, slug },
    })
  );
}
