import { isLocaleCode, portalLocale } from '@teilhabe/locales';

/**
 * A paragraph of a notification: plain text, a labelled value (a reference,
 * kept left to right inside right-to-left text), or a link shown as its URL.
 */
export type Block =
  | { kind: 'text'; text: string }
  | { kind: 'value'; label: string; value: string }
  | { kind: 'link'; url: string };

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text and attribute values for HTML: a form's title is an editor's text, never markup. */
const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

const htmlOf = (block: Block): string => {
  switch (block.kind) {
    case 'text':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'value':
      return `<p>${escapeHtml(block.label)}: <strong dir="ltr">${escapeHtml(block.value)}</strong></p>`;
    case 'link':
      return `<p><a href="${escapeHtml(block.url)}" dir="ltr">${escapeHtml(block.url)}</a></p>`;
  }
};

const textOf = (block: Block): string => {
  switch (block.kind) {
    case 'text':
      return block.text;
    case 'value':
      return `${block.label}: ${block.value}`;
    case 'link':
      return block.url;
  }
};

/**
 * A subject for a mail header: one line, whatever an editor typed into a title.
 * @param value the subject as composed
 */
export const oneLine = (value: string): string => value.replace(/\s+/g, ' ').trim();

/**
 * Renders a notification as plain text and as an HTML document in its
 * locale's language and writing direction (`dir="rtl"` for Arabic and Farsi).
 * @param locale the locale of the text (German when unknown)
 * @param subject the subject, also the HTML document's title
 * @param blocks the paragraphs in order
 * @returns the plain-text and the HTML part
 */
export const renderMail = (
  locale: string,
  subject: string,
  blocks: readonly Block[]
): { text: string; html: string } => {
  const { language, dir } = portalLocale(isLocaleCode(locale) ? locale : 'de');
  const html = [
    '<!DOCTYPE html>',
    `<html lang="${language}" dir="${dir}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width">',
    `<title>${escapeHtml(oneLine(subject))}</title></head>`,
    '<body style="font-family: sans-serif; font-size: 16px; line-height: 1.5;">',
    ...blocks.map(htmlOf),
    '</body>',
    '</html>',
  ].join('\n');
  return { text: `${blocks.map(textOf).join('\n\n')}\n`, html };
};
