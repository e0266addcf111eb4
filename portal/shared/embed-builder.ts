import { isLocaleCode, type LocaleCode } from '@teilhabe/locales';
import { EMBED_SEGMENT, isEmbeddable } from './embed';
import { embedThemeQuery, withoutThemeParams, type EmbedTheme } from './embed-theme';
import { CHILDCARE_FORM_SLUG, DISCRIMINATION_REPORT_FORM_SLUG } from './routes';

/**
 * The embed builder (`/<locale>/einbetten`): the city's webmaster picks a
 * page, a language and a theme and gets the HTML for lehrte.de. Plain module
 * without dependencies on Nuxt, shared by the page and the tests.
 */

/** A page the builder offers with one click; `id` names its UI string below `embedBuilder.views.`. */
export interface EmbedPreset {
  id: string;
  /** The full page's path after the locale, with its query. */
  path: string;
}

/**
 * The pages a city links most; each has an embed view (a unit test checks
 * it), so a preset never leads to an error.
 */
export const EMBED_PRESETS: readonly EmbedPreset[] = [
  { id: 'directory', path: '/angebote' },
  { id: 'childcare', path: '/angebote?category=childcare' },
  { id: 'languageCourses', path: '/angebote?category=language-course' },
  { id: 'counselling', path: '/angebote?category=counselling' },
  { id: 'childcareForm', path: `/formulare/${CHILDCARE_FORM_SLUG}` },
  { id: 'discriminationReport', path: `/formulare/${DISCRIMINATION_REPORT_FORM_SLUG}` },
  { id: 'status', path: '/status' },
  { id: 'concept', path: '/konzept' },
  { id: 'measures', path: '/konzept/massnahmen' },
];

/** The `view` value of "another page of the portal", whose address is typed in. */
export const OTHER_VIEW = 'other';

/** Why a typed address cannot be embedded. */
export type PageAddressError = 'missing' | 'foreign' | 'notEmbeddable';

/** A page of the portal, read from an address. */
export interface PortalPage {
  /** The full page's path after the locale, with its query (theme parameters removed). */
  path: string;
  /** The locale the address named, if any. */
  locale: LocaleCode | null;
}

/**
 * Reads the address of a portal page as the webmaster copies it from the
 * address bar: the full page or its embed view, with or without the portal's
 * origin and locale (`https://teilhabe.lehrte.de/ar/angebote?category=childcare`,
 * `/de/embed/status`, `angebote`).
 * @param raw the typed address
 * @param origin the portal's public origin
 * @returns the page, or why it is none that has an embed view
 */
export function readPortalPage(
  raw: string,
  origin: string
): { ok: true; page: PortalPage } | { ok: false; error: PageAddressError } {
  const typed = raw.trim();
  if (!typed) {
    return { ok: false, error: 'missing' };
  }
  const portal = new URL(origin);
  // An address without a scheme starts with a host where its first part has a
  // dot (`teilhabe.lehrte.de/de/…`, `//…`): the portal's paths never do.
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(typed)
    ? typed
    : /^(?:\/\/|[^/]+\.[^/]+(?:\/|$))/.test(typed)
      ? `${portal.protocol}//${typed.replace(/^\/\//, '')}`
      : `/${typed.replace(/^\/+/, '')}`;
  let url: URL;
  try {
    url = new URL(absolute, origin);
  } catch {
    return { ok: false, error: 'foreign' };
  }
  if (url.origin !== portal.origin) {
    return { ok: false, error: 'foreign' };
  }
  const [, first = '', rest = ''] = /^\/([^/]*)(.*)$/.exec(url.pathname) ?? [];
  const locale = isLocaleCode(first) ? first : null;
  const afterLocale = (locale ? rest : url.pathname).replace(/\/+$/, '');
  const path = afterLocale.startsWith(`${EMBED_SEGMENT}/`)
    ? afterLocale.slice(EMBED_SEGMENT.length)
    : afterLocale;
  if (!isEmbeddable(path)) {
    return { ok: false, error: 'notEmbeddable' };
  }
  return { ok: true, page: { path: `${path}${withoutThemeParams(url.search)}`, locale } };
}

/** What the snippets are made of. */
export interface SnippetOptions {
  /** The portal's public origin, e.g. `https://teilhabe.lehrte.de`. */
  origin: string;
  /** The full page's path after the locale, with its query. */
  path: string;
  /** The frame's language. */
  locale: LocaleCode;
  /**
   * Whether the host script follows the city page's `<html lang>` instead
   * (no `data-lang`); the plain iframe keeps {@link SnippetOptions.locale}.
   */
  followHostLanguage: boolean;
  theme: EmbedTheme;
  /** The frame's accessible name and the link text, in the city page's language. */
  title: string;
  /** The text of the link to the full page below the plain iframe. */
  fullPageLabel: string;
  /** `sha384-…` of the host script (computed at build, see nuxt.config.ts). */
  scriptIntegrity: string;
}

/** The builder's result. */
export interface EmbedSnippets {
  /** The portal's origin, which the city's CSP allows. */
  origin: string;
  /** The frame's language in both snippets' addresses. */
  locale: LocaleCode;
  /** The embed view's address, with locale and theme. */
  frameUrl: string;
  /** The full page's address, for the link below the frame. */
  fullPageUrl: string;
  /** An iframe alone, with a fixed height and a link to the full page. */
  iframe: string;
  /** A link that the host script turns into a frame sized to its content. */
  script: string;
}

/**
 * Escapes text for an HTML attribute or element. Five replacements in a
 * snippet we generate ourselves; a library would add weight for no gain.
 * @param text any text
 * @returns the text with `& < > " '` as character references
 */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] ??
      character
  );
}

/**
 * The address of a page in a locale, its embed view or its full page.
 * @param options origin, path and locale
 * @param embed whether the embed view is meant
 * @returns the absolute address
 */
function pageUrl(options: SnippetOptions, embed: boolean): string {
  const [path = '', search = ''] = options.path.split('?');
  const url = new URL(`/${options.locale}${embed ? EMBED_SEGMENT : ''}${path}`, options.origin);
  const params = new URLSearchParams(search);
  if (embed) {
    for (const [name, value] of new URLSearchParams(embedThemeQuery(options.theme))) {
      params.set(name, value);
    }
  }
  url.search = params.toString();
  return url.href;
}

/**
 * The two snippets of an embed: the iframe alone (works with every city
 * page, also without scripts) and the link with the host script (frame sized
 * to its content, language of the city page where none is chosen).
 * @param options what to embed, how and where
 * @returns both snippets and the addresses in them
 */
export function buildEmbedSnippets(options: SnippetOptions): EmbedSnippets {
  const frameUrl = pageUrl(options, true);
  const fullPageUrl = pageUrl(options, false);
  const title = escapeHtml(options.title);
  const iframe = [
    '<iframe',
    `  src="${escapeHtml(frameUrl)}"`,
    `  title="${title}"`,
    '  loading="lazy"',
    '  style="width: 100%; height: 60rem; border: 0"',
    '></iframe>',
    `<p><a href="${escapeHtml(fullPageUrl)}">${escapeHtml(options.fullPageLabel)}</a></p>`,
  ].join('\n');
  const lang = options.followHostLanguage ? '' : ` data-lang="${options.locale}"`;
  const script = [
    `<a data-teilhabe-embed${lang} href="${escapeHtml(frameUrl)}">${title}</a>`,
    '<script',
    `  src="${escapeHtml(new URL('/embed/v1/teilhabe.js', options.origin).href)}"`,
    ...(options.scriptIntegrity ? [`  integrity="${escapeHtml(options.scriptIntegrity)}"`] : []),
    '  crossorigin="anonymous"',
    '  async',
    '></script>',
  ].join('\n');
  return { origin: options.origin, locale: options.locale, frameUrl, fullPageUrl, iframe, script };
}
