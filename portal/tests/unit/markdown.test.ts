import { isSafeUrl, renderMarkdown } from '../../app/utils/markdown';

describe('renderMarkdown', () => {
  test('escapes HTML instead of passing it through', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
  });

  test.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
  ])('drops the link target %s and keeps the text', (url) => {
    const html = renderMarkdown(`[click](${url})`);
    expect(html).toBe('<p>click</p>');
  });

  test('keeps http(s), mailto, tel and relative links', () => {
    const html = renderMarkdown(
      '[a](https://www.lehrte.de) [b](mailto:info@example.org) [c](tel:+495132) [d](/de/seiten/impressum)'
    );
    expect(html).toBe(
      '<p><a href="https://www.lehrte.de">a</a> <a href="mailto:info@example.org">b</a> ' +
        '<a href="tel:+495132">c</a> <a href="/de/seiten/impressum">d</a></p>'
    );
  });

  test('cannot break out of the href attribute', () => {
    const html = renderMarkdown('[x](https://example.org/"onmouseover="alert(1))');
    expect(html).toBe(
      '<p><a href="https://example.org/&quot;onmouseover=&quot;alert(1)">x</a></p>'
    );
  });

  test('escapes HTML inside link text, bold and italic', () => {
    expect(renderMarkdown('[<b>x</b>](/a) **<i>y</i>** *<u>z</u>*')).toBe(
      '<p><a href="/a">&lt;b&gt;x&lt;/b&gt;</a> <strong>&lt;i&gt;y&lt;/i&gt;</strong> <em>&lt;u&gt;z&lt;/u&gt;</em></p>'
    );
  });

  test('makes the highest heading an h2 below the page title and keeps the outline', () => {
    expect(renderMarkdown('# Kontakt\n### Anfahrt')).toBe('<h2>Kontakt</h2>\n<h4>Anfahrt</h4>');
    expect(renderMarkdown('## Kontakt\n### Anfahrt')).toBe('<h2>Kontakt</h2>\n<h3>Anfahrt</h3>');
    expect(renderMarkdown('###### Tief')).toBe('<h2>Tief</h2>');
    expect(renderMarkdown('# Kontakt', { topHeadingLevel: 1 })).toBe('<h1>Kontakt</h1>');
  });

  test('joins the lines of a paragraph and separates paragraphs by blank lines', () => {
    expect(renderMarkdown('Erste Zeile\nzweite Zeile\n\nNeuer Absatz')).toBe(
      '<p>Erste Zeile zweite Zeile</p>\n<p>Neuer Absatz</p>'
    );
  });

  test('renders unordered and ordered lists with continuation lines', () => {
    expect(renderMarkdown('- eins\n  weiter\n- zwei\n\n1. erstens\n2. zweitens')).toBe(
      '<ul>\n<li>eins weiter</li>\n<li>zwei</li>\n</ul>\n<ol>\n<li>erstens</li>\n<li>zweitens</li>\n</ol>'
    );
  });

  test('renders bold, italic and thematic breaks', () => {
    expect(renderMarkdown('**fett** und *kursiv* und __auch fett__ und _auch kursiv_\n\n---')).toBe(
      '<p><strong>fett</strong> und <em>kursiv</em> und <strong>auch fett</strong> und <em>auch kursiv</em></p>\n<hr>'
    );
  });

  test('leaves underscores inside words and backslash-escaped markers alone', () => {
    expect(renderMarkdown('snake_case_name und \\*kein Stern\\*')).toBe(
      '<p>snake_case_name und *kein Stern*</p>'
    );
  });

  test('renders block quotes with their own Markdown inside', () => {
    expect(renderMarkdown('> **Musterangaben.** Beispiel\n> zweite Zeile\n\nDanach')).toBe(
      '<blockquote>\n<p><strong>Musterangaben.</strong> Beispiel zweite Zeile</p>\n</blockquote>\n<p>Danach</p>'
    );
    expect(renderMarkdown('> <script>x</script>')).toBe(
      '<blockquote>\n<p>&lt;script&gt;x&lt;/script&gt;</p>\n</blockquote>'
    );
  });

  test('keeps Arabic text as it is', () => {
    expect(renderMarkdown('## مرحبا\n\n**نص** عربي')).toBe(
      '<h2>مرحبا</h2>\n<p><strong>نص</strong> عربي</p>'
    );
  });
});

describe('isSafeUrl', () => {
  test.each(['java\tscript:alert(1)', ' javascript:alert(1)', 'javascript\u0000:x', ''])(
    'rejects %j',
    (url) => {
      expect(isSafeUrl(url)).toBe(false);
    }
  );

  test.each(['https://www.lehrte.de/', '#kontakt', 'seiten/impressum', '?a=1'])(
    'accepts %j',
    (url) => {
      expect(isSafeUrl(url)).toBe(true);
    }
  );
});
