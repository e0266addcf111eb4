import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Heading, Html, Image, ImageReference, Link, LinkReference, Parents } from 'mdast';
import { defaultHandlers, toHast, type Handlers, type State } from 'mdast-util-to-hast';
import { outline, type HeadingEntry, type HeadingOptions } from './headings.ts';
import { toTree, type MarkdownInput } from './parse.ts';

/** Options of {@link toSafeHtml}. */
export type SafeHtmlOptions = HeadingOptions;

const SCHEMES = ['http', 'https', 'mailto', 'tel'];

/**
 * Decides whether a link target may become an `href`: `http(s)`, `mailto`
 * and `tel` URLs in any letter case, and relative targets (`/de/seiten/x`,
 * `seiten/x`, `#kontakt`, `?a=1`). Anything else with a scheme
 * (`javascript:`, `data:`, `vbscript:`, unknown ones) is refused, and so is
 * every target with whitespace or control characters, which browsers strip
 * from schemes (`java\tscript:`). Entities and backslash escapes are already
 * decoded by the parser (`&#106;avascript:` is `javascript:`), so obfuscated
 * schemes are caught too. A colon after the first `/`, `?` or `#` starts no
 * scheme, as in hast-util-sanitize, which checks the same again.
 * @param url a link target as the parser decoded it
 * @returns true when the target may be linked
 */
export function isSafeUrl(url: string): boolean {
  if (url.length === 0 || /[\s\p{Cc}]/u.test(url)) {
    return false;
  }
  const colon = url.indexOf(':');
  const pathStart = url.search(/[/?#]/);
  if (colon < 0 || (pathStart >= 0 && pathStart < colon)) {
    return true;
  }
  return SCHEMES.includes(url.slice(0, colon).toLowerCase());
}

/** `HTTPS://x` → `https://x`: hast-util-sanitize compares schemes case-sensitively. */
function lowerScheme(href: string): string {
  return href.replace(/^[a-z][a-z0-9+.-]*:/i, (scheme) => scheme.toLowerCase());
}

/** Links that leave the portal: absolute `http(s)` and scheme-relative (`//host`). */
function isExternal(url: string): boolean {
  return /^(?:https?:)?\/\//i.test(url);
}

/**
 * Everything the HTML may contain: the elements Markdown makes, no images, no
 * classes, no styles, no event handlers. Every key is set, because
 * hast-util-sanitize fills missing keys from its GitHub-like default schema.
 */
export const SAFE_HTML_SCHEMA: Schema = {
  tagNames: [
    'a',
    'blockquote',
    'br',
    'code',
    'em',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'li',
    'ol',
    'p',
    'pre',
    'strong',
    'ul',
  ],
  attributes: {
    a: ['href', ['rel', 'noopener', 'noreferrer']],
    h1: ['id'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    ol: ['start'],
  },
  protocols: { href: SCHEMES },
  required: {},
  ancestors: { li: ['ol', 'ul'] },
  strip: ['script', 'style'],
  // Ids come from headings only (see `outline`); `reservedIds` keeps them off the page's own.
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};

/** A link the policy refuses stays as its text. */
function linkOrText(state: State, node: Link | LinkReference, url: string | undefined) {
  if (url === undefined || !isSafeUrl(url)) {
    return state.all(node);
  }
  const element =
    node.type === 'link'
      ? defaultHandlers.link(state, node)
      : (defaultHandlers.linkReference(state, node) as Element);
  element.properties.href = lowerScheme(String(element.properties.href));
  delete element.properties.title;
  if (isExternal(url)) {
    element.properties.rel = ['noopener', 'noreferrer'];
  }
  if (/^tel:/i.test(url)) {
    keepNumberTogether(element);
  }
  return element;
}

/** A telephone number must not break across lines: its spaces become non-breaking. */
function keepNumberTogether(element: Element): void {
  for (const child of element.children) {
    if (child.type === 'text') {
      child.value = child.value.replace(/ /g, '\u00a0');
    }
  }
}

function handlers(entries: Map<Heading, HeadingEntry>): Handlers {
  return {
    heading(state, node: Heading) {
      const element = defaultHandlers.heading(state, node);
      const entry = entries.get(node);
      if (entry) {
        element.tagName = `h${entry.level}`;
        element.properties.id = entry.id;
      }
      return element;
    },
    // Raw HTML is shown as the text the editor typed, never interpreted;
    // a block of it becomes a paragraph.
    html(_state, node: Html, parent: Parents | undefined): ElementContent {
      const text: ElementContent = { type: 'text', value: node.value };
      const inFlow = !parent || ['root', 'blockquote', 'listItem'].includes(parent.type);
      return inFlow ? { type: 'element', tagName: 'p', properties: {}, children: [text] } : text;
    },
    // Images are refused (the portal shows none from CMS text): the alt text stands in.
    image: (_state, node: Image) => ({ type: 'text', value: node.alt ?? '' }),
    imageReference: (_state, node: ImageReference) => ({ type: 'text', value: node.alt ?? '' }),
    link: (state, node: Link) => linkOrText(state, node, node.url),
    linkReference(state, node: LinkReference) {
      const definition = state.definitionById.get(String(node.identifier).toUpperCase());
      return definition
        ? linkOrText(state, node, definition.url)
        : defaultHandlers.linkReference(state, node);
    },
  };
}

/**
 * Renders Markdown to HTML that is safe to insert into a page as it is
 * (`v-html`): through mdast-util-to-hast, hast-util-sanitize with
 * {@link SAFE_HTML_SCHEMA} and hast-util-to-html. All source text is escaped;
 * raw HTML appears as text; links only with targets {@link isSafeUrl}
 * accepts, others as their text; external links get
 * `rel="noopener noreferrer"`; images as their alt text; headings shifted to
 * `topHeadingLevel` and given the ids `headings` lists.
 * @param input Markdown source or its tree from `parseMarkdown`
 * @param options see {@link HeadingOptions}
 * @returns an HTML fragment
 */
export function toSafeHtml(input: MarkdownInput, options: SafeHtmlOptions = {}): string {
  const tree = toTree(input);
  const hast = toHast(tree, { handlers: handlers(outline(tree, options)) });
  const clean = sanitize(hast, SAFE_HTML_SCHEMA) as HastRoot;
  return toHtml(clean, { characterReferences: { useNamedReferences: true } });
}
