import { readTexts, type Texts } from './texts';

/** One link as the editor enters it: `url` is `''` until entered. */
export interface LinkEntry {
  url: string;
  label: Texts;
}

/**
 * The stored links as the input edits them.
 * @param value the stored JSON value (or `null`)
 */
export const readLinks = (value: unknown): LinkEntry[] =>
  Array.isArray(value)
    ? value
        .filter(
          (link): link is Record<string, unknown> => link !== null && typeof link === 'object'
        )
        .map((link) => ({
          url: typeof link.url === 'string' ? link.url : '',
          label: readTexts(link.label),
        }))
    : [];

/**
 * The value to store: `null` once every link is removed.
 * @param links the entries
 */
export const writeLinks = (links: LinkEntry[]): LinkEntry[] | null =>
  links.length === 0 ? null : links;
