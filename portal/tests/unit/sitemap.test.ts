import {
  buildSitemap,
  buildSitemapIndex,
  CONCEPT_SITEMAP_PAGES,
  conceptSitemapPaths,
  escapeXml,
  localeSitemapEntries,
  MAX_URLS_PER_SITEMAP,
  readAllPages,
  sitemapFileCount,
  sitemapIndexPaths,
  sitemapPart,
  sitemapPath,
  splitSitemap,
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

  test('one file per locale until the offers come near 50,000 URLs', () => {
    expect(MAX_URLS_PER_SITEMAP).toBe(50_000);
    expect(sitemapFileCount(0)).toBe(1);
    expect(sitemapFileCount(12_345)).toBe(1);
    expect(sitemapFileCount(49_000)).toBe(1);
    expect(sitemapFileCount(49_001)).toBe(2);
    expect(sitemapFileCount(150_000)).toBe(4);
  });

  test('a locale beyond the cap is split into the files the index lists, each within the cap', async () => {
    const max = 5_000;
    const offers = await readAllPages(fakeDirectory(12_345).readPage);
    const files = sitemapFileCount(offers.length, max);
    expect(files).toBe(3);
    for (const locale of ['de', 'ar'] as const) {
      const entries = localeSitemapEntries('https://example.org', locale, [], offers);
      const parts = splitSitemap(entries, files, max);
      // German and Arabic alike fill every file the index names.
      expect(parts).toHaveLength(files);
      for (const part of parts) {
        expect(part.length).toBeGreaterThan(0);
        expect(part.length).toBeLessThanOrEqual(max);
      }
      expect(parts.flat()).toEqual(entries);
    }
  });

  test('URLs beyond what the index planned for still fit, in more files', () => {
    const entries = Array.from({ length: 12_001 }, (_, index) => index);
    const parts = splitSitemap(entries, 2, 4_000);
    expect(parts.map((part) => part.length)).toEqual([3_000, 3_000, 3_000, 3_001]);
    expect(parts.flat()).toEqual(entries);
    expect(splitSitemap(['/de', '/de/angebote'], 1)).toEqual([['/de', '/de/angebote']]);
  });

  test('the index names every file of every locale, the first without a query', () => {
    expect(sitemapIndexPaths(1)).toEqual(
      ['de', 'en', 'ar', 'fa', 'uk', 'tr', 'ru'].map((code) => `/sitemap-${code}.xml`)
    );
    const two = sitemapIndexPaths(2);
    expect(two).toHaveLength(14);
    expect(two.slice(0, 2)).toEqual(['/sitemap-de.xml', '/sitemap-de.xml?part=2']);
    expect(sitemapPath('ar', 3)).toBe('/sitemap-ar.xml?part=3');
    expect(buildSitemapIndex(two.map((path) => `https://example.org${path}`))).toContain(
      '<loc>https://example.org/sitemap-de.xml?part=2</loc>'
    );
  });

  test('a file number in the query is a whole number from 1, or no file', () => {
    expect(sitemapPart(undefined)).toBe(1);
    expect(sitemapPart('1')).toBe(1);
    expect(sitemapPart('2')).toBe(2);
    for (const bad of ['0', '-1', '01', '1.5', 'x', '', '9999999', ['2', '3']]) {
      expect(sitemapPart(bad)).toBeNull();
    }
  });

  test('the concept lists its pages, its chapters and all 120 measures, not only the first 50', async () => {
    const requested: number[] = [];
    const paths = await conceptSitemapPaths(
      [{ slug: 'vorbemerkung' }, { slug: 'Kein Slug' }, { slug: 'workshop-sprachkurse' }],
      async (page) => {
        requested.push(page);
        const first = (page - 1) * 50;
        return {
          items: Array.from({ length: Math.max(0, Math.min(50, 120 - first)) }, (_, index) => ({
            slug: `massnahme-${first + index + 1}`,
          })),
          pageCount: 3,
        };
      }
    );
    expect(requested).toEqual([1, 2, 3]);
    expect(paths.slice(0, CONCEPT_SITEMAP_PAGES.length)).toEqual([
      '/konzept',
      '/konzept/massnahmen',
      '/konzept/beteiligung',
      '/konzept/versionen',
      '/konzept/rueckmeldungen',
      '/konzept/meldungen',
      '/konzept/glossar',
    ]);
    const rest = paths.slice(CONCEPT_SITEMAP_PAGES.length);
    expect(rest.slice(0, 2)).toEqual([
      '/konzept/kapitel/vorbemerkung',
      '/konzept/kapitel/workshop-sprachkurse',
    ]);
    const measures = rest.filter((path) => path.startsWith('/konzept/massnahmen/'));
    expect(measures).toHaveLength(120);
    expect(measures.at(-1)).toBe('/konzept/massnahmen/massnahme-120');
    // Every concept page exists in every locale (German where not translated).
    const arabic = localeSitemapEntries('https://example.org', 'ar', [], [], paths);
    expect(arabic.map((entry) => entry.loc)).toContain(
      'https://example.org/ar/konzept/massnahmen/massnahme-120'
    );
  });
});
