import {
  CACHEABLE_PAGES,
  pageCacheBypass,
  pageCacheTarget,
} from '../../server/utils/page-cache-routes';

describe('page cache: which pages', () => {
  test.each([
    ['/de', 'home', '/de'],
    ['/ar', 'home', '/ar'],
    ['/de/angebote', 'directory', '/de/angebote'],
    ['/fa/angebote/deutschkurs-a1', 'offer', '/fa/angebote/deutschkurs-a1'],
    ['/uk/seiten/impressum', 'page', '/uk/seiten/impressum'],
    ['/de/konzept', 'concept', '/de/konzept'],
    ['/tr/konzept/handlungsfeld-sprache', 'concept', '/tr/konzept/handlungsfeld-sprache'],
    ['/de/konzept/a/b', 'concept', '/de/konzept/a/b'],
  ])('%s is a %s page', (path, name, url) => {
    expect(pageCacheTarget(path, '')).toEqual({ name, url });
  });

  test.each([
    '/',
    '/de/',
    '/xx',
    '/xx/angebote',
    '/de/formulare',
    '/de/formulare/kita-anmeldung',
    '/de/status',
    '/de/angebote/deutschkurs-a1/termine.ics',
    '/de/angebote/Gro%C3%9F',
    '/de/seiten',
    '/de/konzeptpapier',
    '/api/view/home',
    '/healthz',
    '/sitemap-de.xml',
    '/_nuxt/entry.js',
  ])('%s is never cached', (path) => {
    expect(pageCacheTarget(path, '')).toBeNull();
  });

  test('every kind of page has a unique name', () => {
    const names = CACHEABLE_PAGES.map((page) => page.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('page cache: query strings', () => {
  test('pages without parameters drop every query string', () => {
    expect(pageCacheTarget('/de/angebote/kurs', '?utm_source=x&preview=1')?.url).toBe(
      '/de/angebote/kurs'
    );
    expect(pageCacheTarget('/de', '?a=1')?.url).toBe('/de');
  });

  test('the directory keeps its known parameters only, in canonical order, values sorted', () => {
    expect(
      pageCacheTarget(
        '/de/angebote',
        '?page=2&district=arpke&utm_source=news&district=ahlten&q=+Deutsch++Kurs&fbclid=1'
      )?.url
    ).toBe('/de/angebote?q=Deutsch+Kurs&district=ahlten&district=arpke&page=2');
  });

  test('equal filters in any order give one key', () => {
    const a = pageCacheTarget('/de/angebote', '?level=B1&level=A1&childcare=1&cost=free');
    const b = pageCacheTarget('/de/angebote', '?cost=free&childcare=on&level=A1&level=B1&x=y');
    expect(a).toEqual(b);
  });

  test.each([
    ['/de/konzept/kapitel/sprache', '?text=leicht&x=1', '/de/konzept/kapitel/sprache?text=leicht'],
    [
      '/de/konzept/massnahmen',
      '?status=in_progress&utm=1&handlungsfeld=bildung',
      '/de/konzept/massnahmen?handlungsfeld=bildung&status=in_progress',
    ],
    // The statuses are checkboxes: every known one counts, in their fixed order, once.
    [
      '/de/konzept/massnahmen',
      '?status=done&status=laufend&status=in_progress&status=done',
      '/de/konzept/massnahmen?status=in_progress&status=done',
    ],
    [
      '/de/konzept/versionen',
      '?seit=2026-01-01&dokument=abc123&fassung=3&fassung=4',
      '/de/konzept/versionen?dokument=abc123&fassung=3&seit=2026-01-01',
    ],
    ['/ar/konzept/vergleich', '?zu=b2&von=a1', '/ar/konzept/vergleich?von=a1&zu=b2'],
    [
      '/de/konzept/rueckmeldungen',
      '?thema=kapitel-1',
      '/de/konzept/rueckmeldungen?thema=kapitel-1',
    ],
    ['/de/konzept/glossar', '?thema=x', '/de/konzept/glossar'],
    ['/de/konzept/massnahmen', '?status=%3Cb%3E', '/de/konzept/massnahmen'],
  ])('concept page %s%s keeps the parameters it reads: %s', (path, search, url) => {
    expect(pageCacheTarget(path, search)?.url).toBe(url);
  });

  test('malformed or unknown values are dropped, so keys stay few', () => {
    expect(
      pageCacheTarget('/de/angebote', '?level=Z9&cost=maybe&district=%3Cscript%3E&page=0')?.url
    ).toBe('/de/angebote');
    expect(pageCacheTarget('/de/angebote', '?page=99999')?.url).toBe('/de/angebote?page=500');
  });
});

describe('page cache: which requests', () => {
  test('GET and HEAD without cookies or credentials may be answered from the cache', () => {
    expect(pageCacheBypass('GET', { accept: 'text/html', 'user-agent': 'x' })).toBeNull();
    expect(pageCacheBypass('HEAD', {})).toBeNull();
  });

  test('cookies, credentials and other methods bypass it', () => {
    expect(pageCacheBypass('GET', { cookie: 'a=b' })).toBe('cookie');
    expect(pageCacheBypass('GET', { authorization: 'Basic eA==' })).toBe('authorization');
    expect(pageCacheBypass('POST', {})).toBe('method');
  });
});
