import { LOCALE_CODES } from '@teilhabe/locales';
import { fullPagePath, isEmbedPath, isEmbeddable } from '../../shared/embed';
import { SCRIPT_FREE_SECTIONS } from '../../shared/script-free-routes';
import { pageCacheTarget } from '../../server/utils/page-cache-routes';
import { frameAncestorsFor, requestedPath } from '../../server/utils/security-headers';

const CONFIG = {
  embedFrameAncestors: 'https://www.lehrte.de https://staging.lehrte.de',
  previewFrameAncestors: 'https://cms.lehrte.de',
};

describe('the framing matrix', () => {
  test.each(LOCALE_CODES)('embed views in %s may be framed by the listed origins', (locale) => {
    for (const path of [
      `/${locale}/embed/angebote`,
      `/${locale}/embed/angebote?category=childcare`,
      `/${locale}/embed/angebote/deutschkurs`,
      `/${locale}/embed/formulare/kita-anmeldung`,
      `/${locale}/embed/status`,
      `/${locale}/embed/konzept`,
      `/${locale}/embed/konzept/kapitel/vorbemerkung?text=leicht`,
      `/${locale}/embed/konzept/massnahmen?handlungsfeld=bildung&status=done`,
      `/${locale}/embed/konzept/massnahmen/beispiel-mehrsprachige-kita-anmeldung`,
      `/${locale}/embed/unbekannt`,
    ]) {
      expect(frameAncestorsFor(path, CONFIG)).toBe(
        "'self' https://www.lehrte.de https://staging.lehrte.de"
      );
    }
  });

  test('every other page only by the portal itself, whatever the list says', () => {
    for (const path of [
      '/de',
      '/de/angebote',
      '/de/angebote/embed',
      '/de/formulare/kita-anmeldung',
      '/de/status',
      '/de/konzept',
      '/de/konzept/massnahmen',
      '/de/konzept/embed',
      '/embed/v1/teilhabe.js',
      '/api/view/directory',
      '/de/embedded',
      '/xx/embed/angebote',
    ]) {
      expect(frameAncestorsFor(path, CONFIG)).toBe("'self'");
    }
  });

  test('a preview may be framed by the CMS admin, an embedded one by both', () => {
    expect(frameAncestorsFor('/de/formulare/kita-anmeldung?vorschau=x', CONFIG, true)).toBe(
      "'self' https://cms.lehrte.de"
    );
    expect(frameAncestorsFor('/de/embed/formulare/kita-anmeldung', CONFIG, true)).toBe(
      "'self' https://www.lehrte.de https://staging.lehrte.de https://cms.lehrte.de"
    );
  });

  test('nothing configured: the portal alone; nothing injected through the variable', () => {
    const none = { embedFrameAncestors: '', previewFrameAncestors: '' };
    expect(frameAncestorsFor('/de/embed/angebote', none)).toBe("'self'");
    expect(
      frameAncestorsFor('/de/embed/angebote', {
        embedFrameAncestors: "'none' https://a.de; script-src * https://b.de",
        previewFrameAncestors: '',
      })
    ).toBe("'self' https://b.de");
  });
});

describe('the page of an error response', () => {
  test("is the failed request's, so an error below an embed view is framed like it", () => {
    const error = `/__nuxt_error?url=${encodeURIComponent('/de/embed/angebote/x?q=1')}&statusCode=404`;
    expect(requestedPath(error)).toBe('/de/embed/angebote/x?q=1');
    expect(frameAncestorsFor(requestedPath(error), CONFIG)).toContain('https://www.lehrte.de');
    expect(requestedPath('/de/angebote')).toBe('/de/angebote');
    expect(requestedPath('/__nuxt_error?url=https://evil.example/de/embed')).toBe(
      '/__nuxt_error?url=https://evil.example/de/embed'
    );
  });
});

describe('embed paths', () => {
  test('recognise embed views below a locale only', () => {
    expect(isEmbedPath('/ar/embed')).toBe(true);
    expect(isEmbedPath('/ar/embed/angebote?q=x')).toBe(true);
    expect(isEmbedPath('/ar/embedded')).toBe(false);
    expect(isEmbedPath('/embed/v1/frame.js')).toBe(false);
  });

  test('name the full page of each embed view, with its query', () => {
    expect(fullPagePath('/de/embed/angebote?category=childcare&district=arpke')).toBe(
      '/de/angebote?category=childcare&district=arpke'
    );
    expect(fullPagePath('/fa/embed/status')).toBe('/fa/status');
    expect(fullPagePath('/de/embed')).toBe('/de');
    expect(fullPagePath('/de/angebote/embed')).toBe('/de/angebote/embed');
  });

  test('know which full pages have an embed view', () => {
    expect(isEmbeddable('/angebote')).toBe(true);
    expect(isEmbeddable('/angebote/deutschkurs')).toBe(true);
    expect(isEmbeddable('/formulare/kita-anmeldung')).toBe(true);
    expect(isEmbeddable('/status')).toBe(true);
    expect(isEmbeddable('/konzept')).toBe(true);
    expect(isEmbeddable('/konzept/kapitel/vorbemerkung')).toBe(true);
    expect(isEmbeddable('/konzept/massnahmen')).toBe(true);
    expect(isEmbeddable('/konzept/massnahmen/beispiel-mehrsprachige-kita-anmeldung')).toBe(true);
    expect(isEmbeddable('/formulare')).toBe(false);
    expect(isEmbeddable('/seiten/impressum')).toBe(false);
    // The concept's other pages open in the full portal.
    for (const path of [
      '/konzept/',
      '/konzept/kapitel',
      '/konzept/kapitel/Gross',
      '/konzept/kapitel/a/b',
      '/konzept/massnahmen/',
      '/konzept/versionen',
      '/konzept/vergleich',
      '/konzept/beteiligung',
      '/konzept/rueckmeldungen',
      '/konzept/meldungen',
      '/konzept/glossar',
      '/konzept/druck',
      '/konzept/aenderungen.xml',
    ]) {
      expect([path, isEmbeddable(path)]).toEqual([path, false]);
    }
  });

  test('no embed view ships a Nuxt script, the form view included', () => {
    expect(SCRIPT_FREE_SECTIONS).toEqual(
      expect.arrayContaining([
        '/embed/angebote',
        '/embed/angebote/**',
        '/embed/status',
        '/embed/formulare/**',
        '/embed/konzept',
        '/embed/konzept/**',
      ])
    );
  });

  test('the cache keeps the directory view by its filters, like the full directory', () => {
    expect(pageCacheTarget('/de/embed/angebote', '?utm_source=x&category=childcare')).toEqual(
      pageCacheTarget('/de/angebote', '?category=childcare') && {
        name: 'embed-directory',
        url: '/de/embed/angebote?category=childcare',
      }
    );
    expect(pageCacheTarget('/de/embed/angebote/deutschkurs', '?x=1')?.url).toBe(
      '/de/embed/angebote/deutschkurs'
    );
    // The theme is part of the key, canonical and on its grid; the full page ignores it.
    expect(
      pageCacheTarget('/de/embed/angebote', '?radius=large&color=%230A3D6B&category=childcare')?.url
    ).toBe('/de/embed/angebote?category=childcare&color=114466&radius=large');
    expect(pageCacheTarget('/de/embed/angebote/deutschkurs', '?color=0b3c6a&font=x')?.url).toBe(
      '/de/embed/angebote/deutschkurs?color=114466'
    );
    expect(pageCacheTarget('/de/angebote', '?color=114466')?.url).toBe('/de/angebote');
    // The concept's views read what their full pages read, and the theme.
    expect(pageCacheTarget('/de/embed/konzept', '?utm_source=x&radius=large')).toEqual({
      name: 'embed-concept',
      url: '/de/embed/konzept?radius=large',
    });
    expect(
      pageCacheTarget('/ar/embed/konzept/kapitel/vorbemerkung', '?text=leicht&color=0b3c6a&x=1')
    ).toEqual({
      name: 'embed-concept-chapter',
      url: '/ar/embed/konzept/kapitel/vorbemerkung?text=leicht&color=114466',
    });
    expect(
      pageCacheTarget(
        '/de/embed/konzept/massnahmen',
        '?color=114466&status=done&handlungsfeld=bildung&status=planned&status=x'
      )
    ).toEqual({
      name: 'embed-concept-measures',
      url: '/de/embed/konzept/massnahmen?handlungsfeld=bildung&status=planned&status=done&color=114466',
    });
    expect(pageCacheTarget('/de/embed/konzept/massnahmen/kita', '?text=leicht')).toEqual({
      name: 'embed-concept-measure',
      url: '/de/embed/konzept/massnahmen/kita',
    });
    expect(pageCacheTarget('/de/embed/konzept/versionen', '')).toBeNull();
    // Forms and the status lookup are never cached, embedded or not.
    expect(pageCacheTarget('/de/embed/formulare/kita-anmeldung', '')).toBeNull();
    expect(pageCacheTarget('/de/embed/status', '')).toBeNull();
  });
});
