import {
  buildSitemap,
  buildSitemapIndex,
  escapeXml,
  localeSitemapEntries,
  readAllPages,
  type SitemapOffer,
} from '../../shared/sitemap';

/**
 * A directory of `total` published offers served like `teilhabeDirectory`:
 * 50 per page, with the page count. Every tenth offer has an Arabic translation.
 */
function fakeDirectory(total: number, pageSize = 50) {
  const requested: number[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  const readPage = async (page: number) => {
    requested.push(page);
    inFlight += 1;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await new Promise((resolve) => setImmediate(resolve));
    inFlight -= 1;
    const first = (page - 1) * pageSize;
    const items: SitemapOffer[] = Array.from(
      { length: Math.max(0, Math.min(pageSize, total - first)) },
      (_, index) => ({
        slug: `angebot-${first + index + 1}`,
        locales: (first + index) % 10 === 0 ? ['de', 'ar'] : ['de'],
      })
    );
    return { items, pageCount: Math.ceil(total / pageSize) };
  };
  return { readPage, requested, mostInFlight: () => mostInFlight };
}

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

  test('paging reads all 12,345 offers, one request per page and one at a time', async () => {
    const directory = fakeDirectory(12_345);
    const offers = await readAllPages(directory.readPage);
    expect(offers).toHaveLength(12_345);
    expect(new Set(offers.map((offer) => offer.slug)).size).toBe(12_345);
    expect(offers.at(-1)?.slug).toBe('angebot-12345');
    expect(directory.requested).toEqual(Array.from({ length: 247 }, (_, index) => index + 1));
    expect(directory.mostInFlight()).toBe(1);
  });

  test('paging an empty directory takes one request', async () => {
    const directory = fakeDirectory(0);
    await expect(readAllPages(directory.readPage)).resolves.toEqual([]);
    expect(directory.requested).toEqual([1]);
  });

  test('paging ends at an empty page, should the list shrink meanwhile', async () => {
    const requested: number[] = [];
    const offers = await readAllPages(async (page) => {
      requested.push(page);
      return {
        items: page <= 3 ? [{ slug: `angebot-${page}`, locales: ['de'] }] : [],
        pageCount: 9,
      };
    });
    expect(offers).toHaveLength(3);
    expect(requested).toEqual([1, 2, 3, 4]);
  });

  test('a locale sitemap has every offer of its locale', async () => {
    const offers = await readAllPages(fakeDirectory(12_345).readPage);
    const origin = 'https://example.org';
    const german = localeSitemapEntries(origin, 'de', [], offers);
    expect(german).toHaveLength(2 + 12_345);
    expect(german.at(-1)?.loc).toBe(`${origin}/de/angebote/angebot-12345`);
    const arabic = localeSitemapEntries(origin, 'ar', [], offers);
    expect(arabic).toHaveLength(2 + 1_235);
    expect(arabic.at(-1)?.loc).toBe(`${origin}/ar/angebote/angebot-12341`);
  });
});
