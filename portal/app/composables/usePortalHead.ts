/**
 * Sets `<html lang dir>`, hreflang alternates for all locales plus `x-default`,
 * and the title template "Page – Site". Called by each layout and by
 * `error.vue`, which Nuxt renders without a layout.
 * @param siteTitle the site's name, from the CMS or the UI strings
 */
export function usePortalHead(siteTitle: MaybeRefOrGetter<string>): void {
  const localeHead = useLocaleHead({ lang: true, dir: true, seo: true });
  useHead(() => ({
    htmlAttrs: localeHead.value.htmlAttrs,
    link: localeHead.value.link,
    meta: localeHead.value.meta,
    titleTemplate: (title?: string) =>
      title ? `${title} – ${toValue(siteTitle)}` : toValue(siteTitle),
  }));
}
