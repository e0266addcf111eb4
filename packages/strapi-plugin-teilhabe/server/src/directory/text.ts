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
