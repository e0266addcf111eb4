import { HtmlValidate } from 'html-validate';
import {
  EMBED_PRESETS,
  buildEmbedSnippets,
  escapeHtml,
  readPortalPage,
  type SnippetOptions,
} from '../../shared/embed-builder';
import { isEmbeddable } from '../../shared/embed';
import { DEFAULT_THEME } from '../../shared/embed-theme';

const ORIGIN = 'https://teilhabe.lehrte.de';

const options = (overrides: Partial<SnippetOptions> = {}): SnippetOptions => ({
  origin: ORIGIN,
  path: '/angebote?category=childcare',
  locale: 'de',
  followHostLanguage: true,
  theme: DEFAULT_THEME,
  title: 'Kinderbetreuung – Teilhabe, Stadt Lehrte',
  fullPageLabel: 'Im Portal „Teilhabe“ öffnen',
  scriptIntegrity: 'sha384-abc',
  ...overrides,
});

describe('reading the address of a portal page', () => {
  test.each([
    [
      'https://teilhabe.lehrte.de/ar/angebote?category=childcare',
      '/angebote?category=childcare',
      'ar',
    ],
    ['/de/embed/status', '/status', 'de'],
    ['teilhabe.lehrte.de/uk/formulare/kita-anmeldung', '/formulare/kita-anmeldung', 'uk'],
    ['angebote/deutschkurs-a1/', '/angebote/deutschkurs-a1', null],
    ['/tr/formulare/kita-anmeldung?color=ff0000&radius=large', '/formulare/kita-anmeldung', 'tr'],
  ])('%s is the page %s in %s', (raw, page, locale) => {
    expect(readPortalPage(raw, ORIGIN)).toEqual({ ok: true, page: { path: page, locale } });
  });

  test.each([
    ['', 'missing'],
    ['   ', 'missing'],
    ['https://www.lehrte.de/de/angebote', 'foreign'],
    ['javascript:alert(1)', 'foreign'],
    ['//evil.example/de/angebote', 'foreign'],
    ['www.lehrte.de/de/angebote', 'foreign'],
    ['/de/formulare', 'notEmbeddable'],
    ['/de/seiten/impressum', 'notEmbeddable'],
    ['/de/angebote/../../admin', 'notEmbeddable'],
  ])('%j is refused as %s', (raw, error) => {
    expect(readPortalPage(raw, ORIGIN)).toEqual({ ok: false, error });
  });

  test('every preset is a page with an embed view', () => {
    expect(EMBED_PRESETS.length).toBeGreaterThanOrEqual(7);
    for (const preset of EMBED_PRESETS) {
      expect(isEmbeddable(preset.path.split('?')[0] ?? '')).toBe(true);
    }
  });
});

describe('the snippets', () => {
  test('the plain iframe names the embed view with its theme and links the full page without it', () => {
    const snippets = buildEmbedSnippets(
      options({ theme: { color: '#2277bb', font: 'noto', radius: 'large' } })
    );
    expect(snippets.frameUrl).toBe(
      `${ORIGIN}/de/embed/angebote?category=childcare&color=2277bb&font=noto&radius=large`
    );
    expect(snippets.fullPageUrl).toBe(`${ORIGIN}/de/angebote?category=childcare`);
    expect(snippets.iframe).toBe(
      [
        '<iframe',
        `  src="${ORIGIN}/de/embed/angebote?category=childcare&amp;color=2277bb&amp;font=noto&amp;radius=large"`,
        '  title="Kinderbetreuung – Teilhabe, Stadt Lehrte"',
        '  loading="lazy"',
        '  style="width: 100%; height: 60rem; border: 0"',
        '></iframe>',
        `<p><a href="${ORIGIN}/de/angebote?category=childcare">Im Portal „Teilhabe“ öffnen</a></p>`,
      ].join('\n')
    );
  });

  test('the host script follows the city page’s language unless one is chosen', () => {
    expect(buildEmbedSnippets(options()).script).toBe(
      [
        `<a data-teilhabe-embed href="${ORIGIN}/de/embed/angebote?category=childcare">Kinderbetreuung – Teilhabe, Stadt Lehrte</a>`,
        '<script',
        `  src="${ORIGIN}/embed/v1/teilhabe.js"`,
        '  integrity="sha384-abc"',
        '  crossorigin="anonymous"',
        '  async',
        '></script>',
      ].join('\n')
    );
    const chosen = buildEmbedSnippets(options({ locale: 'ar', followHostLanguage: false }));
    expect(chosen.script).toContain(
      `<a data-teilhabe-embed data-lang="ar" href="${ORIGIN}/ar/embed/angebote?category=childcare">`
    );
  });

  test('both snippets are valid HTML', () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const snippets = buildEmbedSnippets(
      options({ theme: { color: '#2277bb', font: 'system', radius: 'none' } })
    );
    for (const html of [snippets.iframe, snippets.script]) {
      const report = validator.validateStringSync(html);
      // Inline styles are the city's business: its page, its CSP.
      const errors = report.results
        .flatMap((result) => result.messages)
        .filter((message) => message.ruleId !== 'no-inline-style');
      expect(errors).toEqual([]);
    }
  });

  test('a title with markup stays text', () => {
    const snippets = buildEmbedSnippets(options({ title: '"><script>alert(1)</script>' }));
    for (const html of [snippets.iframe, snippets.script]) {
      expect(html).not.toContain('<script>alert');
      expect(html).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;');
    }
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
