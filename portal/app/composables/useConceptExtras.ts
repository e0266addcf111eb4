import type { MaybeRefOrGetter } from 'vue';
import type { CommentView } from '#shared/view-models/concept/comments';
import type { GlossaryView } from '#shared/view-models/concept/glossary';
import type { ReportCountsView } from '#shared/view-models/concept/report-counts';

/**
 * The published counts of a form's statistical fields in the current locale.
 * @param form the form's slug
 * @returns the counts, or null when the form publishes none
 */
export function useReportCountsView(form: MaybeRefOrGetter<string>) {
  const { locale } = useI18n();
  // A getter is not unwrapped in a query: a computed ref is.
  const slug = computed(() => toValue(form));
  return useViewRequest(
    useViewFetch<ReportCountsView | null>('/api/view/report-counts', {
      key: () => `view:report-counts:${locale.value}:${slug.value}`,
      query: { locale, slug },
    })
  );
}

/**
 * The published comments on a subject (the same in every locale).
 * @param subject the subject key, e.g. a chapter's slug
 */
export function useCommentsView(subject: MaybeRefOrGetter<string>) {
  const key = computed(() => toValue(subject));
  return useViewRequest(
    useViewFetch<CommentView[]>('/api/view/comments', {
      key: () => `view:comments:${key.value}`,
      query: { subject: key },
    })
  );
}

/** The glossary in the current locale, untranslated terms in German. */
export function useGlossaryView() {
  const { locale } = useI18n();
  return useViewRequest(
    useViewFetch<GlossaryView>('/api/view/glossary', {
      key: () => `view:glossary:${locale.value}`,
      query: { locale },
    })
  );
}
