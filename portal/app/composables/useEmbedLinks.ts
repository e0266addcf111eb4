import { EMBED_SEGMENT, isEmbedPath, isEmbeddable } from '#shared/embed';

/**
 * Links of pages that are shown on their own and in the city's iframe
 * (`/<locale>/embed/…`). In an embed view, a link to a page that has an embed
 * view stays in the frame; every other link (a full page of the portal, an
 * external site) opens at the top level, so the visitor never sees a whole
 * portal or a foreign site squeezed into the frame.
 * @returns `embedded`, `localePath` (like i18n's, embed-aware) and `outside`,
 *   the `target` for links that leave the frame
 */
export function useEmbedLinks() {
  const route = useRoute();
  const i18nPath = useLocalePath();
  const embedded = computed(() => isEmbedPath(route.path));

  /**
   * Like i18n's `localePath` for a path string: the embed view where the
   * current page is one and the target has one.
   * @param path the path after the locale, e.g. `/angebote/deutschkurs`
   * @param locale another locale than the current one
   * @returns the localized path
   */
  function localePath(path: string, locale?: string): string {
    const bare = path.split(/[?#]/)[0] ?? path;
    const target = embedded.value && isEmbeddable(bare) ? `${EMBED_SEGMENT}${path}` : path;
    return locale ? i18nPath(target, locale as never) : i18nPath(target);
  }

  /** `target` of links to pages without an embed view and to other sites. */
  const outside = computed(() => (embedded.value ? '_top' : undefined));
  /** Whether a path after the locale leaves the frame when the current page is an embed view. */
  const leaves = (path: string) => embedded.value && !isEmbeddable(path.split(/[?#]/)[0] ?? path);

  return { embedded, localePath, outside, leaves };
}
