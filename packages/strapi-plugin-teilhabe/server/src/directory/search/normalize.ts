/**
 * Text normalization for the directory search, applied alike to indexed text
 * and to queries, so that both databases see the same words: the index
 * stores normalized words and never relies on the database's `lower()` or
 * collation (SQLite's only folds ASCII).
 *
 * The Arabic and Persian rules follow Lucene's ArabicNormalizer and
 * PersianNormalizer: one form per letter that writers use interchangeably.
 */

type Replacement = string | ((match: string) => string);

const digitFrom =
  (zero: number) =>
  (digit: string): string =>
    String(digit.charCodeAt(0) - zero);

/** Letters replaced one by one, after NFKC and lower-casing. */
const LETTERS: ReadonlyArray<[RegExp, Replacement]> = [
  // Cyrillic: ё is commonly written as е.
  [/ё/g, 'е'],
  // German: umlauts and ß match their spellings without them.
  [/ä/g, 'ae'],
  [/ö/g, 'oe'],
  [/ü/g, 'ue'],
  [/ß/g, 'ss'],
  // Turkish dotless i, often typed as i on other keyboards.
  [/ı/g, 'i'],
  // Arabic alef with hamza or madda, and alef wasla → bare alef.
  [/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, '\u0627'],
  // Arabic yeh, alef maksura, Farsi yeh → Farsi yeh (ی).
  [/[\u064A\u0649\u06D0]/g, '\u06CC'],
  // Arabic kaf → keheh (ک), as Persian writes it.
  [/[\u0643\u06AA]/g, '\u06A9'],
  // Teh marbuta and heh with yeh above → heh.
  [/[\u0629\u06C0]/g, '\u0647'],
  // Arabic-Indic and extended (Persian) digits → ASCII digits.
  [/[\u0660-\u0669]/g, digitFrom(0x0660)],
  [/[\u06F0-\u06F9]/g, digitFrom(0x06f0)],
];

/** Arabic short vowels and other marks (tashkeel), Quranic annotation signs, tatweel. */
const ARABIC_MARKS =
  /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g;

/** Invisible format characters: ZWNJ/ZWJ (Persian half-spaces), soft hyphen, bidi marks, BOM. */
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/** Apostrophes join a word (Ukrainian м'ясо, Turkish Lehrte'de) instead of splitting it. */
const APOSTROPHES = /['’ʼ`´]/g;

/** Combining marks left on a Latin letter after decomposition (é, ş, ç, the dot of İ). */
const LATIN_MARKS = /(\p{Script=Latin})\p{Mn}+/gu;

/** Everything that is neither a letter, a digit nor a mark separates words. */
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;

const replaceLetters = (text: string): string =>
  LETTERS.reduce(
    (result, [pattern, replacement]) =>
      typeof replacement === 'string'
        ? result.replace(pattern, replacement)
        : result.replace(pattern, replacement),
    text
  );

/**
 * Normalizes text for indexing and searching: Unicode compatibility form
 * (NFKC) and lower case (Cyrillic included), ё → е; Arabic without tashkeel
 * and tatweel, one alef, one yeh, one kaf for Arabic and Persian; German ä,
 * ö, ü, ß as ae, oe, ue, ss; other Latin diacritics dropped; Persian
 * half-spaces and apostrophes join words; everything else separates words.
 * @param text any text, e.g. a title or a query
 * @returns space-separated words, possibly empty
 */
export const normalizeText = (text: string): string => {
  const folded = text.normalize('NFKC').toLowerCase();
  const letters = replaceLetters(
    folded.replace(ARABIC_MARKS, '').replace(FORMAT_CHARACTERS, '').replace(APOSTROPHES, '')
  );
  const withoutLatinMarks = letters.normalize('NFD').replace(LATIN_MARKS, '$1').normalize('NFC');
  return withoutLatinMarks.replace(SEPARATORS, ' ').trim();
};

/** At most this many words of a query are used. */
export const MAX_QUERY_TERMS = 8;

/**
 * The words of a search query, normalized like indexed text.
 * @param query what the user typed
 * @returns up to {@link MAX_QUERY_TERMS} distinct words; empty when nothing searchable remains
 */
export const queryTerms = (query: string): string[] => {
  const words = normalizeText(query).split(' ').filter(Boolean);
  return [...new Set(words)].slice(0, MAX_QUERY_TERMS);
};
