/**
 * The rules every text answer follows before its field's own rules: a
 * string, well-formed UTF-16, no control characters, Unicode NFC, trimmed.
 */

/** A high surrogate not followed by a low one, or a low one without a high one before it. */
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 and C1 control characters and DEL: finding them is the point. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/;
/** The same without tab and line feed, which a long text may hold. */
// eslint-disable-next-line no-control-regex
const CONTROL_IN_LONG_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

export type TextResult =
  { ok: true; value: string } | { ok: false; code: 'type' | 'invalidCharacters' };

/**
 * Checks and normalizes a text answer. Line breaks as browsers send them
 * (`\r\n`) become `\n` in a long text; in any other text a line break is
 * refused like every control character, since no single-line input can
 * produce one. Unpaired surrogates (invalid UTF-16: a string that has no
 * UTF-8 form) are refused rather than replaced, so that nothing is stored
 * that the resident did not send.
 * @param multiline whether tab and line breaks are allowed (long text)
 */
export const cleanText = (value: unknown, multiline: boolean): TextResult => {
  if (typeof value !== 'string') {
    return { ok: false, code: 'type' };
  }
  if (UNPAIRED_SURROGATE.test(value)) {
    return { ok: false, code: 'invalidCharacters' };
  }
  const text = multiline ? value.replace(/\r\n?/g, '\n') : value;
  if ((multiline ? CONTROL_IN_LONG_TEXT : CONTROL).test(text)) {
    return { ok: false, code: 'invalidCharacters' };
  }
  return { ok: true, value: text.normalize('NFC').trim() };
};

/**
 * The length of a text in characters (Unicode code points), as a resident
 * counts them: an emoji or a letter outside the Basic Multilingual Plane is
 * one character, not two UTF-16 units.
 */
export const textLength = (text: string): number => {
  let length = 0;
  for (const _ of text) {
    length += 1;
  }
  return length;
};
