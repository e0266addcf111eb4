/**
 * What the embed builder's page learns from the server: the colour check
 * (the colour library stays on the server) and the sites that may show the
 * embed views, so the webmaster knows whether theirs is among them.
 */
export interface EmbedBuilderView {
  /** The requested colour, checked; null when none was asked for. */
  color: EmbedColorView | null;
  /** Origins besides the portal that may frame the embed views (`NUXT_EMBED_FRAME_ANCESTORS`). */
  frameAncestors: string[];
}

/** A requested colour after the contrast rule; `ok: false` for no hex colour. */
export type EmbedColorView =
  | { ok: false }
  | {
      ok: true;
      /** The colour used, `#rrggbb`. */
      color: string;
      /** Its contrast on the lighter background it meets (the stricter one). */
      contrast: number;
      /** Whether it was darkened to reach the minimum contrast. */
      adjusted: boolean;
      /** The requested colour (on the grid) and its own contrast. */
      requested: string;
      requestedContrast: number;
    };
