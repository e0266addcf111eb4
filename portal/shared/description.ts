/** Search engines show about this many characters of a description. */
export const DESCRIPTION_MAX_LENGTH = 160;

/**
 * A meta description from a text that may be Markdown: link targets, emphasis
 * and heading marks go, whitespace collapses, and a long text is cut at the
 * last word that fits, with an ellipsis. A handful of patterns rather than the
 * Markdown parser: this runs in the browser on form pages too, where the
 * parser would cost about 40 KB of JavaScript for a meta tag.
 * @param text plain text or Markdown
 * @returns the description, `''` for an empty text
 */
export function descriptionOf(text: string): string {
  const plain = text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}|>|[-*+]|\d+[.)])\s+/gm, '')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= DESCRIPTION_MAX_LENGTH) {
    return plain;
  }
  const cut = plain.slice(0, DESCRIPTION_MAX_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 80 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
