/**
 * XML sitemaps (sitemaps.org 0.9) with hreflang alternates
 * (`xhtml:link rel="alternate"`). Kept free of Nuxt imports so that Jest can
 * test them.
 */

/** One URL of a sitemap with the pages that are real translations of it. */
export interface SitemapEntry {
  /** Absolute URL. */
  loc: string;
  /** `YYYY-MM-DD` or a W3C timestamp. */
  lastmod?: string | null;
  /** The same content in other languages, this URL's own language included; empty for none. */
  alternates?: ReadonlyArray<{ hreflang: string; href: string }>;
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/**
 * @param text any text
 * @returns the text escaped for XML content and attributes
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

function lastmodElement(lastmod: string | null | undefined): string {
  return lastmod ? `<lastmod>${escapeXml(lastmod)}</lastmod>` : '';
}

/**
 * Writes a sitemap.
 * @param entries the URLs, each with its translations
 * @returns the XML document
 */
export function buildSitemap(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((entry) => {
    const alternates = (entry.alternates ?? []).map(
      (alternate) =>
        `<xhtml:link rel="alternate" hreflang="${escapeXml(alternate.hreflang)}" href="${escapeXml(alternate.href)}"/>`
    );
    return `<url><loc>${escapeXml(entry.loc)}</loc>${lastmodElement(entry.lastmod)}${alternates.join('')}</url>`;
  });
  return [
    XML_DECLARATION,
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * Writes a sitemap index.
 * @param sitemaps absolute URLs of the sitemaps
 * @returns the XML document
 */
export function buildSitemapIndex(sitemaps: readonly string[]): string {
  return [
    XML_DECLARATION,
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...sitemaps.map((loc) => `<sitemap><loc>${escapeXml(loc)}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
}
