import { formatHex, oklch, parseHex, wcagContrast, type Oklch } from 'culori';
import {
  EMBED_RADII,
  quantizeColor,
  readThemeColor,
  type EmbedTheme,
} from '../../shared/embed-theme';
import type { EmbedColorView } from '../../shared/view-models/embed-builder';

/**
 * The contrast rule of an embed theme's colour, on the server only: the
 * colour library (culori) stays out of the pages' scripts, and theme.css and
 * the embed builder's check are the only places a colour is judged.
 */

/**
 * The backgrounds the primary colour meets: links on white and on the grey
 * surface, white text on buttons. Each must reach 4.5 : 1 (WCAG 2.1, 1.4.3).
 */
const BACKGROUNDS = ['#ffffff', '#f2f4f7'] as const;
export const MIN_CONTRAST = 4.5;

/** What became of a requested colour (the builder's view model shows it as it is). */
export type ThemeColorCheck = EmbedColorView;

/** The lowest contrast of a colour on the backgrounds it meets. */
const contrastOf = (hex: string): number =>
  Math.min(...BACKGROUNDS.map((background) => wcagContrast(hex, background)));

/**
 * Darker by OKLCH lightness, so the hue the city chose stays recognisable.
 * @param hex the colour
 * @param by lightness to take away (0–1)
 */
const darken = (hex: string, by: number): string => {
  const colour = oklch(parseHex(hex)) as Oklch;
  return formatHex({ ...colour, l: Math.max(0, colour.l - by) });
};

/**
 * Checks a requested primary colour: a hex colour (`1d70b8`, `#1d70b8`,
 * `17b`) is put on the grid and, where it has too little contrast on white
 * and on the surface, darkened step by step until it has 4.5 : 1.
 * @param raw the parameter's value
 * @returns the colour to use, or `ok: false` for anything that is no hex colour
 */
export function checkThemeColor(raw: unknown): ThemeColorCheck {
  const requested = readThemeColor(raw);
  if (!requested) {
    return { ok: false };
  }
  const requestedContrast = contrastOf(requested);
  let color = requested;
  // Black has 19:1 on the surface, so this ends; 50 steps of 0.02 reach it from white.
  for (let step = 1; contrastOf(color) < MIN_CONTRAST && step <= 50; step += 1) {
    color = quantizeColor(darken(requested, step * 0.02));
  }
  return {
    ok: true,
    color,
    contrast: contrastOf(color),
    adjusted: color !== requested,
    requested,
    requestedContrast,
  };
}

/**
 * The custom properties a theme overrides (tokens.css), as a stylesheet.
 * @param theme a validated theme
 * @returns CSS for `/embed/v1/theme.css`
 */
export function embedThemeStylesheet(theme: EmbedTheme): string {
  const properties: string[] = [`--radius:${EMBED_RADII[theme.radius]}`];
  const colour = checkThemeColor(theme.color);
  if (colour.ok) {
    properties.push(
      `--color-primary:${colour.color}`,
      `--color-primary-dark:${quantizeColor(darken(colour.color, 0.1))}`
    );
  }
  if (theme.font === 'noto') {
    properties.push(
      "--font-sans:'Noto Sans',system-ui,sans-serif",
      "--font-arabic-script:'Noto Sans Arabic','Noto Sans',sans-serif"
    );
  }
  // `html:root` outweighs tokens.css's `:root`, whatever order the stylesheets load in.
  return `html:root{${properties.join(';')}}\n`;
}
