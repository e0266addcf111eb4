import {
  headings,
  isSafeUrl,
  MAX_SOURCE_LENGTH,
  parseMarkdown,
  toPlainText,
  toSafeHtml,
} from '../src/index.ts';

/**
 * One row per construct: the Markdown, the HTML the portal shows, the plain
 * text the search index stores. Both outputs come from the same tree.
 */
const TABLE: Array<{ name: string; markdown: string; html: string; text: string }> = [
  {
    name: 'headings: the highest becomes h2, the outline is kept, each gets an anchor',
    markdown: '# Kontakt\n### Anfahrt',
    html: '<h2 id="kontakt">Kontakt</h2>\n<h4 id="anfahrt">Anfahrt</h4>',
    text: 'Kontakt\n\nAnfahrt',
  },
  {
    name: 'setext and closed ATX headings',
    markdown: 'Öffnungszeiten\n===\n\n## Sprechstunde ##',
    html: '<h2 id="öffnungszeiten">Öffnungszeiten</h2>\n<h3 id="sprechstunde">Sprechstunde</h3>',
    text: 'Öffnungszeiten\n\nSprechstunde',
  },
  {
    name: 'paragraphs: lines joined, blank lines separate',
    markdown: 'Erste Zeile\nzweite Zeile\n\nNeuer Absatz',
    html: '<p>Erste Zeile\nzweite Zeile</p>\n<p>Neuer Absatz</p>',
    text: 'Erste Zeile zweite Zeile\n\nNeuer Absatz',
  },
  {
    name: 'hard line breaks',
    markdown: 'Musterstraße 1  \n31275 Lehrte\\\nDeutschland',
    html: '<p>Musterstraße 1<br>\n31275 Lehrte<br>\nDeutschland</p>',
    text: 'Musterstraße 1 31275 Lehrte Deutschland',
  },
  {
    name: 'unordered list with a continuation line',
    markdown: '- eins\n  weiter\n- zwei',
    html: '<ul>\n<li>eins\nweiter</li>\n<li>zwei</li>\n</ul>',
    text: 'eins weiter\n\nzwei',
  },
  {
    name: 'nested lists',
    markdown: '- a\n  - b\n    - c\n- d',
    html: '<ul>\n<li>a\n<ul>\n<li>b\n<ul>\n<li>c</li>\n</ul>\n</li>\n</ul>\n</li>\n<li>d</li>\n</ul>',
    text: 'a\n\nb\n\nc\n\nd',
  },
  {
    name: 'ordered lists keep their start number',
    markdown: '1. erstens\n2. zweitens\n\nText\n\n3) drei\n4) vier',
    html:
      '<ol>\n<li>erstens</li>\n<li>zweitens</li>\n</ol>\n<p>Text</p>\n' +
      '<ol start="3">\n<li>drei</li>\n<li>vier</li>\n</ol>',
    text: 'erstens\n\nzweitens\n\nText\n\ndrei\n\nvier',
  },
  {
    name: 'links: absolute (external, with rel), relative, anchors, mailto, tel',
    markdown:
      '[a](https://www.lehrte.de) [b](mailto:info@example.org) [c](tel:+495132) ' +
      '[d](/de/seiten/impressum) [e](barrierefreiheit) [f](#kontakt)',
    html:
      '<p><a href="https://www.lehrte.de" rel="noopener noreferrer">a</a> ' +
      '<a href="mailto:info@example.org">b</a> <a href="tel:+495132">c</a> ' +
      '<a href="/de/seiten/impressum">d</a> <a href="barrierefreiheit">e</a> <a href="#kontakt">f</a></p>',
    text: 'a b c d e f',
  },
  {
    name: 'a telephone link keeps its number on one line',
    markdown: 'Telefon: [05132 505-0](tel:+495132505)',
    html: '<p>Telefon: <a href="tel:+495132505">05132\u00a0505-0</a></p>',
    text: 'Telefon: 05132 505-0',
  },
  {
    name: 'autolinks and GFM autolink literals',
    markdown: '<https://www.lehrte.de/a?b=1&c=2>, www.lehrte.de/rathaus. oder info@lehrte.de',
    html:
      '<p><a href="https://www.lehrte.de/a?b=1&amp;c=2" rel="noopener noreferrer">' +
      'https://www.lehrte.de/a?b=1&amp;c=2</a>, ' +
      '<a href="http://www.lehrte.de/rathaus" rel="noopener noreferrer">www.lehrte.de/rathaus</a>. ' +
      'oder <a href="mailto:info@lehrte.de">info@lehrte.de</a></p>',
    text: 'https://www.lehrte.de/a?b=1&c=2, www.lehrte.de/rathaus. oder info@lehrte.de',
  },
  {
    name: 'reference links, titles dropped, definitions not shown',
    markdown: '[Rathaus][r] und [r]\n\n[r]: https://www.lehrte.de "Titel"',
    html:
      '<p><a href="https://www.lehrte.de" rel="noopener noreferrer">Rathaus</a> und ' +
      '<a href="https://www.lehrte.de" rel="noopener noreferrer">r</a></p>',
    text: 'Rathaus und r',
  },
  {
    name: 'emphasis and strong, with * and _',
    markdown: '**fett** und *kursiv* und __auch fett__ und _auch kursiv_ und ***beides***',
    html:
      '<p><strong>fett</strong> und <em>kursiv</em> und <strong>auch fett</strong> und ' +
      '<em>auch kursiv</em> und <em><strong>beides</strong></em></p>',
    text: 'fett und kursiv und auch fett und auch kursiv und beides',
  },
  {
    name: 'underscores inside words stay text',
    markdown: 'snake_case_name',
    html: '<p>snake_case_name</p>',
    text: 'snake_case_name',
  },
  {
    name: 'inline code and fenced code blocks, HTML in them escaped',
    markdown: 'Mit `a <b>` und\n\n```html\n<script>x()</script>\n```',
    html: '<p>Mit <code>a &lt;b></code> und</p>\n<pre><code>&lt;script>x()&lt;/script>\n</code></pre>',
    text: 'Mit a <b> und\n\n<script>x()</script>',
  },
  {
    name: 'indented text is a paragraph, not code',
    markdown: 'Absatz\n\n    eingerückt',
    html: '<p>Absatz</p>\n<p>eingerückt</p>',
    text: 'Absatz\n\neingerückt',
  },
  {
    name: 'block quotes with their own Markdown',
    markdown: '> **Musterangaben.** Beispiel\n> zweite Zeile\n\nDanach',
    html:
      '<blockquote>\n<p><strong>Musterangaben.</strong> Beispiel\nzweite Zeile</p>\n</blockquote>\n' +
      '<p>Danach</p>',
    text: 'Musterangaben. Beispiel zweite Zeile\n\nDanach',
  },
  {
    name: 'thematic breaks',
    markdown: 'a\n\n---\n\n***\n\n___\n\nb',
    html: '<p>a</p>\n<hr>\n<hr>\n<hr>\n<p>b</p>',
    text: 'a\n\nb',
  },
  {
    name: 'images are refused: the alt text stands in',
    markdown: '![Foto der Kita](https://example.org/kita.jpg) und ![Plan][p]\n\n[p]: /plan.png',
    html: '<p>Foto der Kita und Plan</p>',
    text: 'Foto der Kita und Plan',
  },
  {
    name: 'a link around an image keeps the alt text as its text',
    markdown: '[![Logo](/logo.png)](https://www.lehrte.de)',
    html: '<p><a href="https://www.lehrte.de" rel="noopener noreferrer">Logo</a></p>',
    text: 'Logo',
  },
  {
    name: 'inline raw HTML is shown as text; plain text drops the tags',
    markdown: 'Text <b onclick="x()">fett</b> und <a href=javascript:alert(1)>x</a>',
    html: '<p>Text &lt;b onclick="x()">fett&lt;/b> und &lt;a href=javascript:alert(1)>x&lt;/a></p>',
    text: 'Text fett und x',
  },
  {
    name: 'block raw HTML: script, img onerror, comments',
    markdown: '<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<!-- intern -->',
    html:
      '<p>&lt;script>alert(1)&lt;/script></p>\n<p>&lt;img src=x onerror="alert(1)"></p>\n' +
      '<p>&lt;!-- intern --></p>',
    text: 'alert(1)',
  },
  {
    name: 'HTML in link text, strong, emphasis and quotes is escaped',
    markdown: '[<b>x</b>](/a) **<i>y</i>** *<u>z</u>*\n\n> <script>x</script>',
    html:
      '<p><a href="/a">&lt;b>x&lt;/b></a> <strong>&lt;i>y&lt;/i></strong> <em>&lt;u>z&lt;/u></em></p>\n' +
      '<blockquote>\n<p>&lt;script>x&lt;/script></p>\n</blockquote>',
    text: 'x y z\n\nx',
  },
  {
    name: 'entities are decoded, then escaped again',
    markdown: '&amp; &copy; &#x41;&#66; &lt;script&gt; &quot;',
    html: '<p>&amp; © AB &lt;script> "</p>',
    text: '& © AB <script> "',
  },
  {
    name: 'backslash escapes',
    markdown: '\\*kein Stern\\* \\# \\[kein Link\\](x) \\<b>',
    html: '<p>*kein Stern* # [kein Link](x) &lt;b></p>',
    text: '*kein Stern* # [kein Link](x) <b>',
  },
  {
    name: 'Arabic and Cyrillic headings get anchors in their own script',
    markdown: '## مرحبا بكم\n\n**نص** عربي\n\n## Контакты и адрес',
    html:
      '<h2 id="مرحبا-بكم">مرحبا بكم</h2>\n<p><strong>نص</strong> عربي</p>\n' +
      '<h2 id="контакты-и-адрес">Контакты и адрес</h2>',
    text: 'مرحبا بكم\n\nنص عربي\n\nКонтакты и адрес',
  },
  {
    name: 'duplicate headings get unique ids',
    markdown: '## Kontakt\n\n## Kontakt\n\n## Kontakt-1\n\n## ???',
    html:
      '<h2 id="kontakt">Kontakt</h2>\n<h2 id="kontakt-1">Kontakt</h2>\n' +
      '<h2 id="kontakt-1-1">Kontakt-1</h2>\n<h2 id="section">???</h2>',
    text: 'Kontakt\n\nKontakt\n\nKontakt-1\n\n???',
  },
  {
    name: 'empty input',
    markdown: '',
    html: '',
    text: '',
  },
];

describe.each(TABLE)('$name', ({ markdown, html, text }) => {
  test('HTML', () => {
    expect(toSafeHtml(markdown)).toBe(html);
  });

  test('plain text', () => {
    expect(toPlainText(markdown)).toBe(text);
  });

  test('one tree gives both', () => {
    const tree = parseMarkdown(markdown);
    expect([toSafeHtml(tree), toPlainText(tree)]).toEqual([html, text]);
  });
});

/** Every way of writing a `javascript:` (or other unwanted) link we know of. */
const HOSTILE_LINKS = [
  '[click](javascript:alert(1))',
  '[click](JavaScript:alert(1))',
  '[click](JAVASCRIPT:alert(1))',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD4=)',
  '[click](&#106;avascript:alert(1))',
  '[click](&#x6A;avascript:alert(1))',
  '[click](javascript&colon;alert(1))',
  '[click](java&#x09;script:alert(1))',
  '[click](java&Tab;script:alert(1))',
  '[click](java&#10;script:alert(1))',
  '[click](java\\script:alert(1))',
  '[click](<java script:alert(1)>)',
  '[click](<javascript:alert(1)>)',
  '[click](<\tjavascript:alert(1)>)',
  '[click](%6Aavascript:alert(1))',
  '[click](javascript:alert(1) "title")',
  '[click][ref]\n\n[ref]: javascript:alert(1)',
  '[click]\n\n[click]: <javascript:alert(1)>',
  '[click](java\u00adscript:alert(1))',
  '[click](\u0000javascript:alert(1))',
  '[click](file:///etc/passwd)',
  '[click](blob:https://x.org/1)',
  '[click]()',
];

describe('links the policy refuses become text', () => {
  test.each(HOSTILE_LINKS)('%j', (markdown) => {
    const html = toSafeHtml(markdown);
    expect(html).not.toMatch(/<a\b|href/i);
    expect(html).toMatch(/^<p>click<\/p>$|^<p>\[click\]\(.*\)<\/p>$/);
    expect(toPlainText(markdown)).not.toMatch(/javascript|vbscript|data:/i);
  });

  test.each(['<javascript:alert(1)>', '<JAVASCRIPT:alert(1)>', '<vbscript:msgbox(1)>'])(
    'the autolink %j stays its text, not a link',
    (markdown) => {
      const html = toSafeHtml(markdown);
      expect(html).not.toMatch(/<a\b|href/i);
      expect(html).toBe(`<p>${markdown.slice(1, -1)}</p>`);
    }
  );

  test('an image with a javascript: source is refused like every image', () => {
    expect(toSafeHtml('![x](javascript:alert(1))')).toBe('<p>x</p>');
  });

  test('a character reference without semicolon stays escaped, so browsers cannot decode it', () => {
    // CommonMark needs the `;`; HTML attribute parsing would not: `&amp;` keeps it text.
    expect(toSafeHtml('[click](&#106&#97;vascript:alert(1))')).toBe(
      '<p><a href="&amp;#106avascript:alert(1)">click</a></p>'
    );
  });

  test('cannot break out of the href attribute', () => {
    expect(toSafeHtml('[x](https://example.org/"onmouseover="alert(1))')).toBe(
      '<p><a href="https://example.org/%22onmouseover=%22alert(1)" rel="noopener noreferrer">x</a></p>'
    );
  });

  test('allowed schemes in capitals are written in lower case', () => {
    expect(toSafeHtml('[x](HTTPS://www.lehrte.de) [y](MailTo:a@b.de)')).toBe(
      '<p><a href="https://www.lehrte.de" rel="noopener noreferrer">x</a> <a href="mailto:a@b.de">y</a></p>'
    );
  });

  test('scheme-relative links count as external', () => {
    expect(toSafeHtml('[x](//example.org/a)')).toBe(
      '<p><a href="//example.org/a" rel="noopener noreferrer">x</a></p>'
    );
  });
});

describe('no raw HTML passes', () => {
  const ATTACKS = [
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '<a href="javascript:alert(1)">x</a>',
    '<svg onload=alert(1)>',
    '<iframe src="https://example.org"></iframe>',
    '<style>body{display:none}</style>',
    'Text <img src=x onerror=alert(1)> Text',
    '<div>\n**fett**\n</div>',
    '<?php echo 1; ?>',
    '<![CDATA[<script>x</script>]]>',
    '<!DOCTYPE html>',
    '- <script>alert(1)</script>',
    '# <script>alert(1)</script>',
  ];

  test.each(ATTACKS)('%j is text', (markdown) => {
    const html = toSafeHtml(markdown);
    // Only the renderer's own tags remain; every `<` of the source is `&lt;`.
    expect(html.replace(/<\/?(?:p|ul|li|h2)(?: id="[^"]*")?>/g, '')).not.toContain('<');
    expect(toPlainText(markdown)).not.toMatch(/<(?:script|img|a|svg|iframe|style|div)\b/);
  });
});

describe('plain text for the directory search index', () => {
  test('keeps the words of an offer description, drops markup, targets and HTML', () => {
    const markdown = [
      '## Deutsch lernen',
      '',
      'Im **Integrationskurs** lernen Sie _Deutsch_ – mit `Zertifikat`.',
      '',
      '- Mo und Mi',
      '1. Anmelden: [online](https://example.org/anmeldung)',
      '',
      '> Kinderbetreuung ist möglich.',
      '',
      '![Foto der Kita](https://example.org/kita.jpg)',
      '<script>alert(1)</script>',
    ].join('\n');
    expect(toPlainText(markdown)).toBe(
      [
        'Deutsch lernen',
        'Im Integrationskurs lernen Sie Deutsch – mit Zertifikat.',
        'Mo und Mi',
        'Anmelden: online',
        'Kinderbetreuung ist möglich.',
        'Foto der Kita',
        'alert(1)',
      ].join('\n\n')
    );
  });

  test('Windows line endings and surrounding blank lines change nothing', () => {
    expect(toPlainText('\r\n\r\n# Titel\r\n\r\nText\r\nweiter\r\n\r\n')).toBe(
      'Titel\n\nText weiter'
    );
  });
});

describe('heading levels', () => {
  test.each([
    ['# Kontakt\n### Anfahrt', undefined, ['h2', 'h4']],
    ['## Kontakt\n### Anfahrt', undefined, ['h2', 'h3']],
    ['###### Tief', undefined, ['h2']],
    ['# Kontakt', 1, ['h1']],
    ['# A\n## B', 3, ['h3', 'h4']],
    ['# A\n###### B', 3, ['h3', 'h6']],
  ])('%j with topHeadingLevel %s', (markdown, topHeadingLevel, tags) => {
    const html = toSafeHtml(markdown, { topHeadingLevel });
    expect([...html.matchAll(/<(h\d)/g)].map((match) => match[1])).toEqual(tags);
  });

  test('headings in block quotes and list items follow the same outline', () => {
    expect(toSafeHtml('## A\n\n> # B\n\n- ### C', { topHeadingLevel: 2 })).toBe(
      '<h3 id="a">A</h3>\n<blockquote>\n<h2 id="b">B</h2>\n</blockquote>\n<ul>\n<li>\n<h4 id="c">C</h4>\n</li>\n</ul>'
    );
  });
});

describe('headings()', () => {
  const markdown =
    '# Über uns\n\nText\n\n## Kontakt & Anfahrt\n\n## `Kontakt` & *Anfahrt*\n\n### اتصل بنا';

  test('lists level, text and id of every heading, as the HTML has them', () => {
    const entries = headings(parseMarkdown(markdown));
    expect(entries).toEqual([
      { level: 2, text: 'Über uns', id: 'über-uns' },
      { level: 3, text: 'Kontakt & Anfahrt', id: 'kontakt--anfahrt' },
      { level: 3, text: 'Kontakt & Anfahrt', id: 'kontakt--anfahrt-1' },
      { level: 4, text: 'اتصل بنا', id: 'اتصل-بنا' },
    ]);
    const html = toSafeHtml(markdown);
    for (const { level, id } of entries) {
      expect(html).toContain(`<h${level} id="${id}">`);
    }
  });

  test('ids are stable: the same text gives the same ids', () => {
    expect(headings(markdown)).toEqual(headings(parseMarkdown(markdown)));
  });

  test('keeps off ids the page already uses', () => {
    expect(headings('# Main content\n# Offer facts', { reservedIds: ['main-content'] })).toEqual([
      { level: 2, text: 'Main content', id: 'main-content-1' },
      { level: 2, text: 'Offer facts', id: 'offer-facts' },
    ]);
  });
});

describe('very long and deeply nested input', () => {
  test('a long text is rendered whole, in time', () => {
    const paragraph =
      'Im **Integrationskurs** lernen Sie [Deutsch](https://example.org) _gut_.\n\n';
    const markdown = paragraph.repeat(Math.floor(MAX_SOURCE_LENGTH / paragraph.length));
    const started = Date.now();
    const html = toSafeHtml(markdown);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(html.match(/<strong>/g)).toHaveLength(Math.floor(MAX_SOURCE_LENGTH / paragraph.length));
  });

  test('text over the limit is kept as plain, escaped paragraphs', () => {
    const markdown = `**a** <script>x</script>\n\n${'b'.repeat(MAX_SOURCE_LENGTH)}`;
    const html = toSafeHtml(markdown);
    expect(html.startsWith('<p>**a** &lt;script>x&lt;/script></p>\n<p>bbb')).toBe(true);
    expect(toPlainText(markdown)).toBe(
      `**a** <script>x</script>\n\n${'b'.repeat(MAX_SOURCE_LENGTH)}`
    );
  });

  test.each([
    ['block quotes', `${'>'.repeat(2_000)} tief`],
    ['lists', Array.from({ length: 100 }, (_, depth) => `${'  '.repeat(depth)}- tief`).join('\n')],
    ['emphasis', `${'*a '.repeat(100)}tief${' c*'.repeat(100)}`],
  ])('deeply nested %s become plain paragraphs instead of crashing', (_name, markdown) => {
    expect(toSafeHtml(markdown)).toMatch(/^<p>[^<]*<\/p>$/);
    expect(toPlainText(markdown)).toContain('tief');
  });
});

describe('isSafeUrl', () => {
  test.each([
    'java\tscript:alert(1)',
    ' javascript:alert(1)',
    'javascript\u0000:x',
    'javascript:alert(1)',
    'data:text/html,x',
    'a:b',
    '',
  ])('rejects %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });

  test.each([
    'https://www.lehrte.de/',
    'HTTP://www.lehrte.de/',
    'mailto:info@example.org',
    'tel:+495132',
    '/de/seiten/impressum',
    '#kontakt',
    'seiten/impressum',
    'seiten/a:b',
    '?a=1',
  ])('accepts %j', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });
});
