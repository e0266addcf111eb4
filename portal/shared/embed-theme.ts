/**
 * The theme of an embed view: a few validated parameters in its address
 * (`?color=1d70b8&radius=large&font=noto`), so the frame matches the city's
 * design. Every value is checked and brought onto a small grid, so a page has
 * a bounded number of cached variants ({@link EMBED_THEME_VARIANTS}) and no
 * colour can break WCAG AA contrast (the server darkens it in theme.css). Plain
 * module without dependencies, shared by the app, the server and the tests.
 */

/** The query parameters of a theme, in their canonical order. */
export const EMBED_THEME_PARAMS = ['color', 'font', 'radius'] as const;

/** Corner radius of buttons, fields and cards. */
export const EMBED_RADII = { none: '0', small: '0.25rem', large: '0.75rem' } as const;
export type EmbedRadius = keyof typeof EMBED_RADII;

/**
 * The text font: the reader's system font (as the portal), or Noto Sans and
 * Noto Sans Arabic served by the portal itself (no font service of a third party).
 */
export const EMBED_FONTS = ['system', 'noto'] as const;
export type EmbedFont = (typeof EMBED_FONTS)[number];

/**
 * Each channel is rounded to one of 16 steps (`#1d70b8` → `#2277bb`), which no
 * eye tells apart on a button but keeps the variants of a page bounded.
 */
const CHANNEL_STEP = 17;

/** Distinct themes of one page: colours × fonts × radii, plus the portal's own colour. */
export const EMBED_THEME_VARIANTS =
  (16 ** 3 + 1) * EMBED_FONTS.length * Object.keys(EMBED_RADII).length;

/** A theme after validation; `color` null is the portal's own colour. */
export interface EmbedTheme {
  /** The requested colour on the grid, `#rrggbb`; theme.css darkens it where contrast needs it. */
  color: string | null;
  font: EmbedFont;
  radius: EmbedRadius;
}

/** The default theme: the portal's own design. */
export const DEFAULT_THEME: EmbedTheme = { color: null, font: 'system', radius: 'small' };

/**
 * Puts a colour on the grid of 16 steps per channel.
 * @param hex a colour `#rrggbb`
 * @returns the nearest colour on the grid, `#rrggbb`
 */
export function quantizeColor(hex: string): string {
  const channels = hex.slice(1).match(/../g) ?? [];
  return `#${channels
    .map((pair) => {
      const step = Math.round(Number.parseInt(pair, 16) / CHANNEL_STEP) * CHANNEL_STEP;
      return step.toString(16).padStart(2, '0');
    })
    .join('')}`;
}

/**
 * Reads a requested primary colour: a hex colour (`1d70b8`, `#1d70b8`, `17b`),
 * put on the grid. Its contrast is judged on the server
 * (server/utils/embed-theme-contrast.ts), so the colour library stays out of the pages' scripts.
 * @param raw the parameter's value
 * @returns `#rrggbb`, or null for anything that is no hex colour
 */
export function readThemeColor(raw: unknown): string | null {
  if (typeof raw !== 'string') {
    return null;
  }
  const digits = raw.trim().replace(/^#/, '').toLowerCase();
  if (!/^(?:[0-9a-f]{3}|[0-9a-f]{6})$/.test(digits)) {
    return null;
  }
  return quantizeColor(`#${digits.length === 3 ? digits.replace(/./g, '$&$&') : digits}`);
}

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

/**
 * The theme a query asks for; unknown or invalid values fall back to the default.
 * @param query a parsed query (`?color=…&radius=…&font=…`)
 * @returns the validated theme
 */
export function parseEmbedTheme(query: Record<string, unknown>): EmbedTheme {
  const font = first(query.font);
  const radius = first(query.radius);
  return {
    color: readThemeColor(first(query.color)),
    font: EMBED_FONTS.includes(font as EmbedFont) ? (font as EmbedFont) : DEFAULT_THEME.font,
    radius:
      typeof radius === 'string' && Object.hasOwn(EMBED_RADII, radius)
        ? (radius as EmbedRadius)
        : DEFAULT_THEME.radius,
  };
}

/**
 * The canonical query of a theme: only what differs from the default, in a
 * fixed order, so equal themes give equal addresses (and one cache entry).
 * @param theme a validated theme
 * @returns e.g. `color=2277bb&radius=large`, or `''` for the default theme
 */
export function embedThemeQuery(theme: EmbedTheme): string {
  const params = new URLSearchParams();
  if (theme.color) params.set('color', theme.color.slice(1));
  if (theme.font !== DEFAULT_THEME.font) params.set('font', theme.font);
  if (theme.radius !== DEFAULT_THEME.radius) params.set('radius', theme.radius);
  return params.toString();
}

/**
 * Removes the theme's parameters from a query string, for the link to the
 * full page (which has the portal's own design).
 * @param search a query string with or without `?`
 * @returns it without `color`, `font` and `radius`, with `?` where anything is left
 */
export function withoutThemeParams(search: string): string {
  const params = new URLSearchParams(search);
  for (const name of EMBED_THEME_PARAMS) params.delete(name);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}
