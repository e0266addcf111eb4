import type { Nodes, Parents } from 'mdast';
import { toTree, type MarkdownInput } from './parse.ts';

/**
 * The text of raw HTML without its markup: comments and tags go, the text
 * between tags stays (it is what a reader sees, as the portal shows raw HTML
 * as text).
 * @param html the value of an mdast `html` node
 * @returns the text between the tags
 */
function textOfHtml(html: string): string {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, ' ').replace(/<[^>]*>/g, ' ');
}

/** One line of text: runs of whitespace (also line breaks) become one space. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The text a reader sees in a run of phrasing content: text, inline code,
 * link texts and image alt texts; no URLs and no HTML markup.
 * @param node a node of the tree
 * @returns its text, whitespace as in the source
 */
export function inlineText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'html':
      return textOfHtml(node.value);
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'break':
      return ' ';
    default:
      return 'children' in node ? node.children.map(inlineText).join('') : '';
  }
}

/**
 * The text of a heading as one line, e.g. for a table of contents.
 * @param node a heading (or any node)
 * @returns its text, whitespace collapsed
 */
export function lineOf(node: Nodes): string {
  return collapse(inlineText(node));
}

function blocksOf(node: Nodes, blocks: string[]): void {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      blocks.push(lineOf(node));
      return;
    case 'code':
      blocks.push(collapse(node.value));
      return;
    case 'html':
      blocks.push(collapse(textOfHtml(node.value)));
      return;
    case 'definition':
    case 'thematicBreak':
      return;
    default:
      for (const child of 'children' in node ? (node as Parents).children : []) {
        blocksOf(child, blocks);
      }
  }
}

/**
 * Plain text of Markdown, for the search index and previews: the text of
 * headings, paragraphs, list items, code, link texts and image alt texts.
 * Link and image targets, definitions and HTML markup are dropped.
 * @param input Markdown source or its tree from {@link parseMarkdown}
 * @returns one block per paragraph, heading or list item, each on one line,
 *   separated by blank lines; empty for empty input
 */
export function toPlainText(input: MarkdownInput): string {
  const blocks: string[] = [];
  blocksOf(toTree(input), blocks);
  return blocks.filter(Boolean).join('\n\n');
}
