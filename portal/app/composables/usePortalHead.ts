import { DEFAULT_LOCALE, PORTAL_LOCALES } from '@teilhabe/locales';

/**
 * Sets `<html lang dir>`, hreflang alternates for all locales plus `x-default`,
 * the title template "Page – Site" and the site-wide meta description. Called by each layout and by
 * `error.vue`, which Nuxt renders without a layout. A page whose content
 * exists in some locales only narrows the alternates with `useAlternateLocales`.
 * @param siteTitle the site's name, from the CMS or the UI strings
 */
export function usePortalHead(siteTitle: MaybeRefOrGetter<string>): void {
  const { t } = useI18n();
  // Every page has a description; pages with a text of their own replace this one.
  usePageDescription(() => t('home.welcome.text'));
  const localeHead = useLocaleHead({ lang: true, dir: true, seo: true });
  const alternates = useAlternateLocalesState();
  const route = useRoute();

  /** The hreflang values (and `x-default`) the current page may announce; `null` for all. */
  const allowedLanguages = computed(() => {
    const restriction = alternates.value;
    if (!restriction || restriction.path !== route.path) {
      return null;
    }
    const languages = PORTAL_LOCALES.filter(({ code }) => restriction.locales.includes(code)).map(
      ({ language }) => language
    );
    return new Set(
      restriction.locales.includes(DEFAULT_LOCALE) ? [...languages, 'x-default'] : languages
    );
  });

  useHead(() => {
    const allowed = allowedLanguages.value;
    const head = localeHead.value;
    return {
      htmlAttrs: head.htmlAttrs,
      link: allowed
        ? head.link.filter((link) => !('hreflang' in link) || allowed.has(link.hreflang))
        : head.link,
      meta: allowed
        ? head.meta.filter(
            (meta) =>
              meta.property !== 'og:locale:alternate' ||
              allowed.has(String(meta.content).replace(/_/g, '-'))
          )
        : head.meta,
      titleTemplate: (title?: string) =>
        title ? `${title} – ${toValue(siteTitle)}` : toValue(siteTitle),
    };
  });
}
