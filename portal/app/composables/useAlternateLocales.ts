import type { LocaleCode } from '@teilhabe/locales';

interface AlternateLocales {
  /** The route path the restriction belongs to; other pages ignore it. */
  path: string;
  locales: readonly LocaleCode[];
}

/**
 * The locales a page really exists in, for its hreflang alternates. Pages
 * that show German text in place of a missing translation set it, so that
 * search engines are not told a German text is, say, Persian.
 * @returns shared state; `null` means every locale
 */
export function useAlternateLocalesState() {
  return useState<AlternateLocales | null>('portal:alternate-locales', () => null);
}

/**
 * Restricts the hreflang alternates of the current page.
 * @param locales the locales with a real translation of the content
 */
export function useAlternateLocales(locales: MaybeRefOrGetter<readonly LocaleCode[] | null>): void {
  const state = useAlternateLocalesState();
  const route = useRoute();
  watchEffect(() => {
    const value = toValue(locales);
    state.value = value ? { path: route.path, locales: [...value] } : null;
  });
}
