import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PORTAL_ELEMENT_IDS, renderMarkdown } from '../../app/utils/markdown';

// The Markdown itself is tested in packages/markdown; here what the portal renders with it.

describe('renderMarkdown', () => {
  test('escapes HTML instead of passing it through', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script>alert(1)&lt;/script>');
    expect(html).toContain('&lt;img src=x onerror="alert(1)">');
  });

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
  ])('drops the link target %s and keeps the text', (url) => {
    expect(renderMarkdown(`[click](${url})`)).toBe('<p>click</p>');
  });

  test('keeps http(s), mailto, tel and relative links', () => {
    expect(
      renderMarkdown(
        '[a](https://www.lehrte.de) [b](mailto:info@example.org) [c](tel:+495132) [d](/de/seiten/impressum)'
      )
    ).toBe(
      '<p><a href="https://www.lehrte.de" rel="noopener noreferrer">a</a> ' +
        '<a href="mailto:info@example.org">b</a> <a href="tel:+495132">c</a> ' +
        '<a href="/de/seiten/impressum">d</a></p>'
    );
  });

  test('cannot break out of the href attribute', () => {
    expect(renderMarkdown('[x](https://example.org/"onmouseover="alert(1))')).toBe(
      '<p><a href="https://example.org/%22onmouseover=%22alert(1)" rel="noopener noreferrer">x</a></p>'
    );
  });

  test('escapes HTML inside link text, bold and italic', () => {
    expect(renderMarkdown('[<b>x</b>](/a) **<i>y</i>** *<u>z</u>*')).toBe(
      '<p><a href="/a">&lt;b>x&lt;/b></a> <strong>&lt;i>y&lt;/i></strong> <em>&lt;u>z&lt;/u></em></p>'
    );
  });

  test('makes the highest heading an h2 by default, or the level asked for', () => {
    expect(renderMarkdown('# Kontakt\n### Anfahrt')).toBe(
      '<h2 id="kontakt">Kontakt</h2>\n<h4 id="anfahrt">Anfahrt</h4>'
    );
    expect(renderMarkdown('## Kontakt', { topHeadingLevel: 3 })).toBe(
      '<h3 id="kontakt">Kontakt</h3>'
    );
  });

  test("heading anchors keep off the portal's own ids", () => {
    expect(renderMarkdown('## Main content\n\n## Offer description')).toBe(
      '<h2 id="main-content-1">Main content</h2>\n<h2 id="offer-description-1">Offer description</h2>'
    );
  });
});

const APP_DIR = path.join(__dirname, '../../app');

function vueFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? vueFiles(full) : entry.name.endsWith('.vue') ? [full] : [];
  });
}

test('PORTAL_ELEMENT_IDS lists every id the templates set', () => {
  const ids = vueFiles(APP_DIR).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((match) => match[1])
  );
  expect(ids.length).toBeGreaterThan(0);
  expect([...new Set(ids)].sort()).toEqual([...PORTAL_ELEMENT_IDS].sort());
});
