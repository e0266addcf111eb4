import { FOOTER_PAGES } from '../../shared/routes';
import { localizedPath, PORTAL_ROUTES } from '../browser/support/routes';
import { isValidSlug } from '../../shared/slug';

describe('PORTAL_ROUTES', () => {
  test('lists each path once, without locale prefix', () => {
    const paths = PORTAL_ROUTES.map((route) => route.path);
    expect(new Set(paths).size).toBe(paths.length);
    for (const path of paths) {
      expect(path).toMatch(/^\//);
      expect(path).not.toMatch(/^\/(de|en|ar|fa|uk|tr|ru)(\/|$)/);
    }
  });

  test('includes the four footer pages and a missing page', () => {
    const paths = PORTAL_ROUTES.map((route) => route.path);
    expect(FOOTER_PAGES.map((page) => page.slug)).toEqual([
      'impressum',
      'datenschutz',
      'barrierefreiheit',
      'leichte-sprache',
    ]);
    for (const { slug } of FOOTER_PAGES) {
      expect(isValidSlug(slug)).toBe(true);
      expect(paths).toContain(`/seiten/${slug}`);
    }
    expect(PORTAL_ROUTES.some((route) => route.expectedStatus === 404)).toBe(true);
  });

  test('localizedPath prefixes the locale', () => {
    expect(localizedPath('de', '/')).toBe('/de');
    expect(localizedPath('ar', '/seiten/impressum')).toBe('/ar/seiten/impressum');
  });
});
