/**
 * A small, safe Markdown renderer for CMS page bodies.
 *
 * Supports headings, paragraphs, unordered and ordered lists, block quotes,
 * thematic breaks, links, bold and italic, and backslash escapes. Everything else is text: all
 * HTML in the source is escaped, never passed through, and links keep only
 * http(s), mailto and tel schemes or relative targets. Kept free of Nuxt
 * imports so that Jest can load it directly.
 */

export interface MarkdownOptions {
  /**
   * The level the body's highest heading gets; the others keep their distance
   * to it. The page title is the page's `h1`, so by default the body's top
   * headings become `h2`, whether the editor wrote `#` or `##`. Levels stop at 6.
   */
  topHeadingLevel?: number;
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for use in HTML content and double-quoted attributes.
 * @param text any text
 * @returns the text with `& < > " '` replaced by entities
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

function isControlOrSpace(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code <= 0x20 || (code >= 0x7f && code <= 0x9f);
}

/**
 * Decides whether a link target may be rendered as `href`.
 * @param url the target as written in the Markdown source
 * @returns true for http(s), mailto and tel URLs and for relative targets
 */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside schemes
  // (`java\tscript:`), so any of them makes the target unsafe.
  if (url.length === 0 || [...url].some(isControlOrSpace)) {
    return false;
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  return scheme === undefined || ALLOWED_SCHEMES.has(`${scheme.toLowerCase()}:`);
}

const ESCAPABLE = /\\([\\`*_{}[\]()#+\-.!])/y;
// Link targets may hold one level of balanced parentheses, as CommonMark allows.
const LINK = /\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/y;
const STRONG = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/y;
const EMPHASIS = /(\*|_)(?=\S)([\s\S]*?\S)\1/y;

function matchAt(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
  pattern.lastIndex = index;
  return pattern.exec(text);
}

/** `_` marks emphasis only at word starts, so `snake_case_names` stay text. */
function startsWord(text: string, index: number): boolean {
  return index === 0 || !/[\p{L}\p{N}]/u.test(text[index - 1] ?? '');
}

function renderInline(text: string): string {
  let html = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index] ?? '';
    const escaped = char === '\\' ? matchAt(ESCAPABLE, text, index) : null;
    if (escaped) {
      html += escapeHtml(escaped[1] ?? '');
      index += escaped[0].length;
      continue;
    }
    const link = char === '[' ? matchAt(LINK, text, index) : null;
    if (link) {
      const label = renderInline(link[1] ?? '');
      const url = link[2] ?? '';
      html += isSafeUrl(url) ? `<a href="${escapeHtml(url)}">${label}</a>` : label;
      index += link[0].length;
      continue;
    }
    const delimited =
      char === '*' || (char === '_' && startsWord(text, index))
        ? (matchAt(STRONG, text, index) ?? matchAt(EMPHASIS, text, index))
        : null;
    if (delimited) {
      const tag = delimited[1]?.length === 2 ? 'strong' : 'em';
      html += `<${tag}>${renderInline(delimited[2] ?? '')}</${tag}>`;
      index += delimited[0].length;
      continue;
    }
    html += escapeHtml(char);
    index += 1;
  }
  return html;
}

type ListKind = 'ul' | 'ol';

interface OpenList {
  kind: ListKind;
  items: string[][];
}

const HEADING = /^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LIST_ITEM = /^ {0,3}(?:([-*+])|\d{1,9}[.)])\s+(.*)$/;
const INDENTED = /^\s+\S/;
const QUOTE = /^ {0,3}> ?(.*)$/;

/**
 * Renders the supported Markdown subset to HTML.
 * @param source Markdown from the CMS
 * @param options see {@link MarkdownOptions}
 * @returns HTML in which every piece of source text is escaped
 */
export function renderMarkdown(source: string, options: MarkdownOptions = {}): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const highest = lines.reduce(
    (level, line) => Math.min(level, HEADING.exec(line)?.[1]?.length ?? 6),
    6
  );
  return renderBlocks(lines, (options.topHeadingLevel ?? 2) - highest);
}

function renderBlocks(lines: readonly string[], headingOffset: number): string {
  const blocks: string[] = [];
  // Open blocks live in one object so the closures below can reset them.
  const open: { paragraph: string[]; list: OpenList | null; quote: string[] } = {
    paragraph: [],
    list: null,
    quote: [],
  };

  const closeParagraph = (): void => {
    if (open.paragraph.length > 0) {
      blocks.push(`<p>${renderInline(open.paragraph.join(' '))}</p>`);
      open.paragraph = [];
    }
  };
  const closeList = (): void => {
    if (open.list) {
      const { kind, items } = open.list;
      const html = items.map((lines) => `<li>${renderInline(lines.join(' '))}</li>`);
      blocks.push(`<${kind}>\n${html.join('\n')}\n</${kind}>`);
      open.list = null;
    }
  };
  const closeQuote = (): void => {
    if (open.quote.length > 0) {
      blocks.push(`<blockquote>\n${renderBlocks(open.quote, headingOffset)}\n</blockquote>`);
      open.quote = [];
    }
  };
  const closeBlocks = (): void => {
    closeParagraph();
    closeList();
    closeQuote();
  };

  for (const rawLine of lines) {
    const line = rawLine.trimEnd();
    if (line.trim() === '') {
      closeBlocks();
      continue;
    }
    const quoted = QUOTE.exec(line);
    if (quoted) {
      if (open.quote.length === 0) {
        closeBlocks();
      }
      open.quote.push(quoted[1] ?? '');
      continue;
    }
    closeQuote();
    const heading = HEADING.exec(line);
    if (heading) {
      closeBlocks();
      const level = Math.max(1, Math.min(6, (heading[1]?.length ?? 1) + headingOffset));
      blocks.push(`<h${level}>${renderInline(heading[2] ?? '')}</h${level}>`);
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      closeBlocks();
      blocks.push('<hr>');
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      closeParagraph();
      const kind: ListKind = item[1] ? 'ul' : 'ol';
      if (open.list?.kind !== kind) {
        closeList();
        open.list = { kind, items: [] };
      }
      open.list.items.push([item[2] ?? '']);
      continue;
    }
    const lastItem = open.list?.items.at(-1);
    if (lastItem && INDENTED.test(line)) {
      lastItem.push(line.trim());
      continue;
    }
    closeList();
    open.paragraph.push(line.trim());
  }
  closeBlocks();
  return blocks.join('\n');
}
