import type { EmbedBuilderView } from '#shared/view-models/embed-builder';
import { checkThemeColor } from '../../utils/embed-theme-contrast';
import { frameAncestorSources } from '../../utils/security-headers';

/**
 * The embed builder's server part: `GET /api/view/embed-builder?color=1d70b8`.
 * Judges the colour as theme.css will, and names the sites allowed to frame
 * the embed views (they are in every embed view's CSP header anyway).
 */
export default defineEventHandler((event): EmbedBuilderView => {
  const { color } = getQuery(event);
  const requested = typeof color === 'string' && color.trim() ? color : null;
  const sources = frameAncestorSources(useRuntimeConfig(event).embedFrameAncestors);
  return {
    color: requested === null ? null : checkThemeColor(requested),
    frameAncestors: sources.split(' ').filter((source) => source !== "'self'"),
  };
});
