import { descriptionOf } from '#shared/description';

/**
 * Sets the page's meta description (search results, link previews), in
 * place of the site-wide one that `usePortalHead` sets. Markdown is reduced
 * to its words; long texts are cut at a word, near 160 characters.
 * @param source the page's own summary or introduction; nothing when empty
 */
export function usePageDescription(source: MaybeRefOrGetter<string | null | undefined>): void {
  useHead(() => {
    const content = descriptionOf(toValue(source) ?? '');
    return content ? { meta: [{ key: 'description', name: 'description', content }] } : {};
  });
}
