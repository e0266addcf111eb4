import { EMBED_SEGMENT, isEmbedPath, isEmbeddable } from '#shared/embed';
import { appendQuery } from '#shared/append-query';

/**
 * Links of pages that are shown on their own and in the city's iframe
 * (`/<locale>/embed/…`). In an embed view, a link to a page that has an embed
 * view stays in the frame, with the frame's theme; every other link (a full
 * page of the portal, an external site) opens at the top level, so the
 * visitor never sees a whole portal or a foreign site squeezed into the frame.
 * @returns `embedded`; `localePath` (like i18n's, embed- and theme-aware) for
 *   links given as a string; `framePath` and `themeParams` for links given as
 *   `{ path, query }`; `outside`, the `target` for links that leave the frame
 */
export function useEmbedLinks() {
  const route = useRoute();
  const i18nPath = useLocalePath();
  const { query: themeQuery, params: themeParams } = useEmbedTheme();
  const embedded = computed(() => isEmbedPath(route.path));

  const staysInFrame = (path: string) =>
    embedded.value && isEmbeddable(path.split(/[?#]/)[0] ?? path);

  /**
   * The localized path, the embed view where the current page is one and the
   * target has one, without the theme.
   * @param path the path after the locale, e.g. `/angebote/deutschkurs`
   * @param locale another locale than the current one
   */
  function framePath(path: string, locale?: string): string {
    const target = staysInFrame(path) ? `${EMBED_SEGMENT}${path}` : path;
    return locale ? i18nPath(target, locale as never) : i18nPath(target);
  }

  /**
   * Like i18n's `localePath` for a path string: the embed view where the
   * current page is one and the target has one, with the frame's theme.
   * @param path the path after the locale, may carry a query and a fragment
   * @param locale another locale than the current one
   * @returns the localized path
   */
  function localePath(path: string, locale?: string): string {
    const localized = framePath(path, locale);
    return staysInFrame(path) ? appendQuery(localized, themeQuery.value) : localized;
  }

  /** `target` of links to pages without an embed view and to other sites. */
  const outside = computed(() => (embedded.value ? '_top' : undefined));
  /** Whether a path after the locale leaves the frame when the current page is an embed view. */
  const leaves = (path: string) => embedded.value && !isEmbeddable(path.split(/[?#]/)[0] ?? path);

  return { embedded, localePath, framePath, themeParams, outside, leaves };
}
