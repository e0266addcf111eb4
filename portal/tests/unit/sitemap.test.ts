import { buildSitemap, buildSitemapIndex, escapeXml } from '../../shared/sitemap';

describe('sitemaps', () => {
  test('a sitemap lists URLs with their hreflang alternates', () => {
    const xml = buildSitemap([
      {
        loc: 'https://example.org/de/angebote/kurs',
        lastmod: '2026-11-03',
        alternates: [
          { hreflang: 'de', href: 'https://example.org/de/angebote/kurs' },
          { hreflang: 'ar', href: 'https://example.org/ar/angebote/kurs' },
        ],
      },
      { loc: 'https://example.org/de?a=1&b=2' },
    ]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(xml).toContain(
      '<url><loc>https://example.org/de/angebote/kurs</loc><lastmod>2026-11-03</lastmod>' +
        '<xhtml:link rel="alternate" hreflang="de" href="https://example.org/de/angebote/kurs"/>' +
        '<xhtml:link rel="alternate" hreflang="ar" href="https://example.org/ar/angebote/kurs"/></url>'
    );
    expect(xml).toContain('<url><loc>https://example.org/de?a=1&amp;b=2</loc></url>');
  });

  test('a sitemap index lists the sitemaps', () => {
    expect(buildSitemapIndex(['https://example.org/sitemap-de.xml'])).toContain(
      '<sitemap><loc>https://example.org/sitemap-de.xml</loc></sitemap>'
    );
  });

  test('escapeXml escapes markup characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;'
    );
  });
});
