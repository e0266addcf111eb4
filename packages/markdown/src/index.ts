/**
 * The one Markdown of Teilhabe. Editors write it in the CMS; it is parsed
 * once, by micromark (`mdast-util-from-markdown`), into an mdast syntax tree,
 * and every output is made from that tree: plain text for the plugin's search
 * index, safe HTML for the portal, the heading outline for anchors.
 *
 * Built with tsc to ES modules in `dist/` (the unified packages are ESM
 * only). The portal's Vite/Nitro build bundles them; the plugin's CommonJS
 * build keeps this package external and `require()`s it at run time, which
 * Node 24 allows for ES modules without top-level await; Jest transforms it
 * like the other ESM packages (see `jest.config.mjs`).
 */
export { headings, type HeadingEntry, type HeadingOptions } from './headings.ts';
export { MAX_SOURCE_LENGTH, MAX_TREE_DEPTH, parseMarkdown, type MarkdownInput } from './parse.ts';
export { toPlainText } from './plain-text.ts';
export { isSafeUrl, SAFE_HTML_SCHEMA, toSafeHtml, type SafeHtmlOptions } from './safe-html.ts';
