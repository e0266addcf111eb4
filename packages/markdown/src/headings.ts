import GithubSlugger, { slug } from 'github-slugger';
import type { Heading, Nodes, Root } from 'mdast';
import { toTree, type MarkdownInput } from './parse.ts';
import { lineOf } from './plain-text.ts';

/** How headings are numbered and named in the output. */
export interface HeadingOptions {
  /**
   * The level the body's highest heading gets; the others keep their distance
   * to it. A page's title is its `h1`, so by default the body's top headings
   * become `h2`, whether the editor wrote `#` or `##`. Levels stop at 6.
   */
  topHeadingLevel?: number;
  /**
   * Ids the page around the Markdown already uses (e.g. `main-content`): a
   * heading whose slug is one of them gets the next free one (`main-content-1`).
   */
  reservedIds?: Iterable<string>;
}

/** A heading as the HTML shows it: for a table of contents or chapter anchors. */
export interface HeadingEntry {
  /** The HTML level (1–6), after shifting to `topHeadingLevel`. */
  level: number;
  /** The heading's text, on one line, without markup. */
  text: string;
  /** Its anchor: the `id` of the heading element, unique in the document. */
  id: string;
}

/** The slug of a heading that has no letters or digits (`# ???`). */
const UNNAMED = 'section';

function collectHeadings(node: Nodes, found: Heading[]): Heading[] {
  if (node.type === 'heading') {
    found.push(node);
  } else if ('children' in node) {
    for (const child of node.children) {
      collectHeadings(child, found);
    }
  }
  return found;
}

/**
 * Levels and anchors of all headings of a tree, in document order. Anchors
 * are GitHub's slugs (lower case, spaces to `-`, punctuation dropped, letters
 * of every script kept: `Über uns` → `über-uns`, `Контакты` → `контакты`,
 * `اتصل بنا` → `اتصل-بنا`), made unique with `-1`, `-2`, … in document order,
 * so they stay the same as long as the headings before them do.
 * @param tree a tree from `parseMarkdown`
 * @param options see {@link HeadingOptions}
 * @returns each heading node with its entry
 */
export function outline(tree: Root, options: HeadingOptions = {}): Map<Heading, HeadingEntry> {
  const nodes = collectHeadings(tree, []);
  const highest = Math.min(6, ...nodes.map((node) => node.depth));
  const offset = (options.topHeadingLevel ?? 2) - highest;
  const slugger = new GithubSlugger();
  for (const id of options.reservedIds ?? []) {
    slugger.slug(id);
  }
  return new Map(
    nodes.map((node) => {
      const text = lineOf(node);
      const entry = {
        level: Math.max(1, Math.min(6, node.depth + offset)),
        text,
        id: slugger.slug(slug(text) || UNNAMED),
      };
      return [node, entry];
    })
  );
}

/**
 * The headings of a document, for a table of contents: the same levels and
 * ids as `toSafeHtml` gives the heading elements with the same options.
 * @param input Markdown source or its tree from `parseMarkdown`
 * @param options see {@link HeadingOptions}
 * @returns one entry per heading, in document order
 */
export function headings(input: MarkdownInput, options: HeadingOptions = {}): HeadingEntry[] {
  return [...outline(toTree(input), options).values()];
}
