import { parseEmbedTheme } from '#shared/embed-theme';
import { embedThemeStylesheet } from '../../../utils/embed-theme-contrast';

/**
 * The stylesheet of an embed theme (`?color=…&font=…&radius=…`): custom
 * properties only, from validated values. A stylesheet and not a `<style>`
 * in the page, because the portal's CSP allows styles from itself only. Its
 * content follows from its address alone, so it may be cached long.
 */
export default defineEventHandler((event) => {
  setResponseHeader(event, 'content-type', 'text/css; charset=utf-8');
  setResponseHeader(event, 'cache-control', 'public, max-age=86400, immutable');
  return embedThemeStylesheet(parseEmbedTheme(getQuery(event)));
});
