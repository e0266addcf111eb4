/**
 * Plain text of a Markdown description, for the search index and previews:
 * markup, link targets, images and HTML are dropped; link and image texts
 * are kept.
 * @param markdown Markdown as editors write it
 * @returns the text, paragraphs separated by blank lines
 */
export const markdownToPlainText = (markdown: string): string =>
  markdown
    .replace(/\r\n?/g, '\n')
    .replace(/```[^\n]*\n([\s\S]*?)```/g, '$1')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$/gm, '')
    .replace(/^[ \t]{0,3}(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)/gm, '')
    .replace(/^[ \t]{0,3}(?:[-*_][ \t]*){3,}$/gm, '')
    .replace(/(\*\*|__|\*|_|~~|`)(\S(?:[\s\S]*?\S)?)\1/g, '$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');

const GERMAN_LETTERS: ReadonlyArray<[RegExp, string]> = [
  [/ä/g, 'ae'],
  [/ö/g, 'oe'],
  [/ü/g, 'ue'],
  [/ß/g, 'ss'],
];

/**
 * A readable slug in Latin letters from a (German) title: `Deutschkurs für
 * Mütter` → `deutschkurs-fuer-muetter`.
 * @param title the text to derive the slug from
 * @returns the slug, or an empty string when the title has no Latin letters or digits
 */
export const slugify = (title: string): string =>
  GERMAN_LETTERS.reduce(
    (text, [pattern, replacement]) => text.replace(pattern, replacement),
    title.normalize('NFKC').toLowerCase()
  )
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 80)
    .replace(/^-+|-+$/g, '');
