import { isEmbedPath } from '#shared/embed';
import { embedThemeQuery, parseEmbedTheme } from '#shared/embed-theme';

/**
 * The theme an embed view was asked for (`?color=…&font=…&radius=…`, see
 * shared/embed-theme.ts), validated. Outside embed views there is none: the
 * full portal always has its own design.
 * @returns `theme`, its canonical `query` (`''` for the default) and its `params`
 */
export function useEmbedTheme() {
  const route = useRoute();
  const theme = computed(() => parseEmbedTheme(route.query));
  const query = computed(() => (isEmbedPath(route.path) ? embedThemeQuery(theme.value) : ''));
  const params = computed(() => Object.fromEntries(new URLSearchParams(query.value)));
  return { theme, query, params };
}
