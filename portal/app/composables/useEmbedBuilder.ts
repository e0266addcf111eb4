import { isLocaleCode, type LocaleCode } from '@teilhabe/locales';
import {
  EMBED_PRESETS,
  OTHER_VIEW,
  buildEmbedSnippets,
  readPortalPage,
  type EmbedSnippets,
  type PortalPage,
} from '#shared/embed-builder';
import { parseEmbedTheme } from '#shared/embed-theme';
import type { EmbedBuilderView } from '#shared/view-models/embed-builder';

/** The builder's choices as its GET form sends them. */
export interface EmbedBuilderChoices {
  /** A preset's id or {@link OTHER_VIEW}. */
  view: string;
  /** The typed address, for {@link OTHER_VIEW}. */
  address: string;
  /** A locale, or `auto`: the city page's language (host script), else German. */
  lang: LocaleCode | 'auto';
  /** The colour as typed. */
  color: string;
  font: string;
  radius: string;
}

/** An error of the builder's form, with the id of the input it belongs to. */
export interface EmbedBuilderError {
  id: string;
  message: string;
}

const first = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? first(value[0]) : '';

/**
 * The embed builder's state from the page's address (`/de/einbetten?view=…`):
 * the choices, their errors, the server's colour check and the snippets.
 * Everything follows from the address, so the builder works without
 * JavaScript and a result can be sent to a colleague as a link.
 * @returns choices, errors, the colour check, the sites that may frame the views, and the
 *   snippets (null while there are errors)
 */
export async function useEmbedBuilder() {
  const route = useRoute();
  const { t } = useI18n();
  const config = useRuntimeConfig();
  const origin = config.public.i18n?.baseUrl || useRequestURL().origin;

  const theme = computed(() => parseEmbedTheme(route.query));
  const choices = computed<EmbedBuilderChoices>(() => {
    const view = first(route.query.view);
    const lang = first(route.query.lang);
    return {
      view: view === OTHER_VIEW || EMBED_PRESETS.some(({ id }) => id === view) ? view : 'directory',
      address: first(route.query.address).slice(0, 500),
      lang: isLocaleCode(lang) ? lang : 'auto',
      color: first(route.query.color).slice(0, 20),
      font: theme.value.font,
      radius: theme.value.radius,
    };
  });

  const { data: server } = await useViewFetch<EmbedBuilderView>('/api/view/embed-builder', {
    key: () => `view:embed-builder:${choices.value.color}`,
    query: { color: computed(() => choices.value.color) },
  });

  const page = computed<{ page: PortalPage | null; error: EmbedBuilderError | null }>(() => {
    if (choices.value.view !== OTHER_VIEW) {
      const preset = EMBED_PRESETS.find(({ id }) => id === choices.value.view);
      return { page: { path: preset?.path ?? '/angebote', locale: null }, error: null };
    }
    const read = readPortalPage(choices.value.address, origin);
    return read.ok
      ? { page: read.page, error: null }
      : {
          page: null,
          error: { id: 'embed-address', message: t(`embedBuilder.errors.address.${read.error}`) },
        };
  });

  const colorCheck = computed(() => server.value?.color ?? null);
  const frameAncestors = computed(() => server.value?.frameAncestors ?? []);

  const errors = computed<EmbedBuilderError[]>(() => [
    ...(page.value.error ? [page.value.error] : []),
    ...(colorCheck.value && !colorCheck.value.ok
      ? [{ id: 'embed-color', message: t('embedBuilder.errors.color') }]
      : []),
  ]);

  const snippets = computed<EmbedSnippets | null>(() => {
    const target = page.value.page;
    if (!target || errors.value.length > 0) {
      return null;
    }
    const label =
      choices.value.view === OTHER_VIEW
        ? t('embedBuilder.views.other')
        : t(`embedBuilder.views.${choices.value.view}`);
    return buildEmbedSnippets({
      origin,
      path: target.path,
      locale: choices.value.lang === 'auto' ? (target.locale ?? 'de') : choices.value.lang,
      followHostLanguage: choices.value.lang === 'auto',
      theme: theme.value,
      title: `${label} – ${t('site.title')}, ${t('site.cityName')}`,
      fullPageLabel: t('embed.openInPortal'),
      scriptIntegrity: String(config.public.embedScriptIntegrity ?? ''),
    });
  });

  return { choices, errors, colorCheck, frameAncestors, snippets };
}
