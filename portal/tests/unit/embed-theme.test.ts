import { wcagContrast } from 'culori';
import { appendQuery } from '../../shared/append-query';
import {
  DEFAULT_THEME,
  EMBED_THEME_VARIANTS,
  embedThemeQuery,
  parseEmbedTheme,
  withoutThemeParams,
} from '../../shared/embed-theme';
import {
  MIN_CONTRAST,
  checkThemeColor,
  embedThemeStylesheet,
} from '../../server/utils/embed-theme-contrast';

const contrastOnSurface = (hex: string) =>
  Math.min(wcagContrast(hex, '#ffffff'), wcagContrast(hex, '#f2f4f7'));

describe('an embed theme colour', () => {
  test('a dark colour is kept, on the grid of 16 steps per channel', () => {
    expect(checkThemeColor('#0A3D6B')).toEqual(
      expect.objectContaining({ ok: true, color: '#114466', adjusted: false })
    );
  });

  test.each(['ffdd00', '#00ff00', 'fff', '88ccff', 'e60000'])(
    '%s with too little contrast is darkened to at least 4.5 : 1 and keeps its hue',
    (raw) => {
      const check = checkThemeColor(raw);
      if (!check.ok) throw new Error('refused');
      expect(check.requestedContrast).toBeLessThan(MIN_CONTRAST);
      expect(check.adjusted).toBe(true);
      expect(contrastOnSurface(check.color)).toBeGreaterThanOrEqual(MIN_CONTRAST);
      expect(check.contrast).toBeCloseTo(contrastOnSurface(check.color), 5);
      expect(check.color).toMatch(/^#(?:[0-9a-f]{2}){3}$/);
    }
  );

  test('a red stays reddish when darkened', () => {
    const check = checkThemeColor('ff3333');
    if (!check.ok) throw new Error('refused');
    const [r, g, b] = (check.color.slice(1).match(/../g) ?? []).map((pair) =>
      Number.parseInt(pair, 16)
    );
    expect(r).toBeGreaterThan((g ?? 0) + 40);
    expect(r).toBeGreaterThan((b ?? 0) + 40);
  });

  test.each(['red', 'javascript:alert(1)', '12345', 'ggg', '', 7, null, '#1d70b8;x'])(
    '%p is refused',
    (raw) => {
      expect(checkThemeColor(raw).ok).toBe(false);
    }
  );
});

describe('an embed theme from the query', () => {
  test('unknown and invalid values fall back to the portal design', () => {
    expect(parseEmbedTheme({ color: 'red', font: 'comic', radius: '99px' })).toEqual(DEFAULT_THEME);
    expect(embedThemeQuery(parseEmbedTheme({}))).toBe('');
  });

  test('equal themes give one canonical query, whatever the order and spelling', () => {
    const a = embedThemeQuery(parseEmbedTheme({ radius: 'large', color: '#0A3D6B', font: 'noto' }));
    const b = embedThemeQuery(
      parseEmbedTheme({ font: ['noto', 'system'], color: '0b3c6a', radius: 'large' })
    );
    expect(a).toBe('color=114466&font=noto&radius=large');
    expect(b).toBe(a);
  });

  test('the number of variants of a page is bounded', () => {
    const colours = new Set<string>();
    for (let value = 0; value < 0x1000000; value += 0x010307) {
      colours.add(embedThemeQuery(parseEmbedTheme({ color: value.toString(16).padStart(6, '0') })));
    }
    expect(colours.size).toBeLessThanOrEqual(16 ** 3);
    expect(EMBED_THEME_VARIANTS).toBe((16 ** 3 + 1) * 2 * 3);
  });

  test('the stylesheet sets only custom properties', () => {
    const css = embedThemeStylesheet(
      parseEmbedTheme({ color: '003366', radius: 'none', font: 'noto' })
    );
    expect(css).toContain('--color-primary:#003366');
    expect(css).toContain('--radius:0');
    expect(css).toContain("--font-sans:'Noto Sans'");
    expect(css).toMatch(/^html:root\{[^{}]+\}\n$/);
    // The address carries the requested colour; the stylesheet darkens it.
    const light = embedThemeStylesheet(parseEmbedTheme({ color: 'ffdd00' }));
    expect(embedThemeQuery(parseEmbedTheme({ color: 'ffdd00' }))).toBe('color=ffdd00');
    expect(light).not.toContain('#ffdd00');
    expect(light).toContain(
      `--color-primary:${(checkThemeColor('ffdd00') as { color: string }).color}`
    );
    expect(embedThemeStylesheet(DEFAULT_THEME)).toBe('html:root{--radius:0.25rem}\n');
  });
});

describe('addresses with a theme', () => {
  test('the theme goes before the fragment and after any query', () => {
    expect(appendQuery('/de/embed/angebote', 'radius=large')).toBe(
      '/de/embed/angebote?radius=large'
    );
    expect(appendQuery('/de/embed/angebote?q=kita#results', 'radius=large')).toBe(
      '/de/embed/angebote?q=kita&radius=large#results'
    );
    expect(appendQuery('/de/embed/status', '')).toBe('/de/embed/status');
  });

  test('the full page gets the filters without the theme', () => {
    expect(withoutThemeParams('?category=childcare&color=2277bb&radius=large')).toBe(
      '?category=childcare'
    );
    expect(withoutThemeParams('?font=noto')).toBe('');
  });
});
