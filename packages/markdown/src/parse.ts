import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';

/** Markdown source, or the tree {@link parseMarkdown} made of it. */
export type MarkdownInput = Root | string;

/**
 * The one dialect editors write: CommonMark, plus GFM's autolink literals
 * (`www.lehrte.de`, `https://…`, `info@lehrte.de` become links, as editors
 * expect when they paste an address). Left out on purpose:
 * - indented code blocks: an editor who indents a paragraph by four spaces
 *   means a paragraph, not code (fenced code blocks remain);
 * - GFM strikethrough (`~`, also "about" in German texts), tables (page
 *   bodies and descriptions are read on phones; opening hours and prices
 *   have their own fields), task lists and footnotes.
 * Raw HTML is parsed as such (`html` nodes), so that plain text can drop it
 * and the HTML renderer can show it as text; it is never interpreted.
 */
const PARSE_OPTIONS = {
  extensions: [gfmAutolinkLiteral(), { disable: { null: ['codeIndented'] } }],
  mdastExtensions: [gfmAutolinkLiteralFromMarkdown()],
};

/**
 * Longest source parsed as Markdown (30 times the longest demo text); longer
 * text is kept as plain paragraphs. This bounds the work per text, but does
 * not make every input fast: micromark needs superlinear time for some
 * constructs (18,000 characters of nested emphasis take about 13 s).
 */
export const MAX_SOURCE_LENGTH = 100_000;

/**
 * Deepest tree kept (real texts stay below 15: list in list item in quote,
 * strong in link …). The renderers recurse along the tree; a deeper one is
 * kept as plain paragraphs instead, before they could overflow the stack.
 */
export const MAX_TREE_DEPTH = 64;

function depthOf(tree: Root): number {
  let deepest = 0;
  const pending: Array<[Nodes, number]> = [[tree, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, depth] = next;
    deepest = Math.max(deepest, depth);
    if ('children' in node) {
      for (const child of node.children) {
        pending.push([child, depth + 1]);
      }
    }
  }
  return deepest;
}

/** The source as text only: one paragraph per run of lines between blank lines. */
function plainParagraphs(source: string): Root {
  const paragraphs = source.split(/\r?\n[ \t]*\r?\n/).filter((text) => text.trim() !== '');
  return {
    type: 'root',
    children: paragraphs.map((value) => ({
      type: 'paragraph',
      children: [{ type: 'text', value: value.trim() }],
    })),
  };
}

/**
 * Parses Markdown into the one syntax tree (mdast) that every output of this
 * package is made from: plain text, safe HTML and the heading outline.
 * Text longer than {@link MAX_SOURCE_LENGTH} or nested deeper than
 * {@link MAX_TREE_DEPTH} becomes plain paragraphs (no markup, still escaped
 * on output), so that no input overflows the stack of a renderer.
 * @param source Markdown as editors write it in the CMS
 * @returns the mdast root, with positions into `source`
 */
export function parseMarkdown(source: string): Root {
  if (source.length > MAX_SOURCE_LENGTH) {
    return plainParagraphs(source);
  }
  const tree = fromMarkdown(source, PARSE_OPTIONS);
  return depthOf(tree) > MAX_TREE_DEPTH ? plainParagraphs(source) : tree;
}

/**
 * The tree for an input that may still be source text.
 * @param input Markdown source or a parsed tree
 * @returns the tree, parsed only when `input` is a string
 */
export function toTree(input: MarkdownInput): Root {
  return typeof input === 'string' ? parseMarkdown(input) : input;
}
