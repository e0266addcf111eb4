import type { MaybeRefOrGetter } from 'vue';

/** The concept's view routes and what each returns. */
type ConceptRoute =
  | '/api/view/concept'
  | '/api/view/concept-chapter'
  | '/api/view/concept-measures'
  | '/api/view/concept-measure'
  | '/api/view/concept-participation'
  | '/api/view/concept-changes'
  | '/api/view/concept-diff';

/**
 * Loads one of the concept's view models in the current locale. Query
 * values come from the page URL, so every state works without JavaScript.
 * @param route the view route
 * @param query further query parameters (slug, filters, dates)
 * @returns the view model's data ref
 */
export function useConceptView<R extends ConceptRoute>(
  route: R,
  query: MaybeRefOrGetter<Record<string, string | string[] | undefined>> = {}
) {
  const { locale } = useI18n();
  const merged = computed(() => ({ locale: locale.value, ...toValue(query) }));
  return useViewRequest(
    useViewFetch(route, {
      key: () => `view:${route}:${JSON.stringify(merged.value)}`,
      query: merged,
    })
  );
}
