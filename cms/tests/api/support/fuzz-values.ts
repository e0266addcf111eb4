import fc from 'fast-check';
import { looksInternal } from './fuzz-leaks';

/** Texts that have broken parsers, collations and full-text search before. */
const ODD_TEXTS = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\u202Eabc\u202C',
  '\u200F\u200E',
  'مرحبا بالعالم',
  'كلاس آلماني',
  'سلام دنیا',
  'שלום',
  'Привет',
  'Ґанок',
  'İıŞş',
  'Straße',
  'e\u0301',
  '\u200B\uFEFF',
  '😀',
  '👩‍👩‍👧',
  '\uD800',
  '\uDFFFx',
  'ǂ',
  '%',
  '_',
  '%_%',
  '\\',
  '\\%',
  "'",
  '"',
  '`',
  "' OR '1'='1",
  '1; --',
  '$eq',
  '[$ne]',
  '{}',
  '[]',
  'null',
  'undefined',
  'NaN',
  '-0',
  '1e309',
  '9007199254740993',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '\r\n',
  '\t',
  '*',
  ':*',
  '&|!',
  '()',
  '"unbalanced',
  'NEAR(a b)',
  'a OR NOT b',
  'a AND b',
  '^a',
  '-a',
  'a*',
];

/** The seeded document ids, slugs and codes, so that some requests hit real rows. */
export interface KnownValues {
  documentIds: string[];
  slugs: string[];
  codes: string[];
}

const known: KnownValues = { documentIds: [], slugs: [], codes: [] };

/** Makes generated values include these (call before the properties run). */
export const useKnownValues = (values: KnownValues): void => {
  Object.assign(known, values);
};

/** One of the known values, read when generated (they are seeded after import). */
const knownText = () =>
  fc.nat().map((index) => {
    const all = [...known.documentIds, ...known.slugs, ...known.codes];
    return all.length > 0 ? all[index % all.length]! : 'x';
  });

/**
 * Arbitrary text for any string input: short Latin, any grapheme, any code
 * point including lone surrogates, odd texts and their concatenations, known
 * ids and slugs, and rarely (where `maxHuge` allows) a huge string. Never a
 * text that would look like an internal detail when an error message
 * repeats it.
 */
export const fuzzText = (maxHuge = 0): fc.Arbitrary<string> => {
  const texts: Array<fc.WeightedArbitrary<string>> = [
    { weight: 8, arbitrary: fc.string({ maxLength: 24 }) },
    { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 16 }) },
    { weight: 4, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
    { weight: 6, arbitrary: fc.constantFrom(...ODD_TEXTS) },
    {
      weight: 4,
      arbitrary: fc
        .array(fc.constantFrom(...ODD_TEXTS), { maxLength: 5 })
        .map((parts) => parts.join('')),
    },
    { weight: 4, arbitrary: knownText() },
  ];
  if (maxHuge > 0) {
    texts.push({
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('x', 'ab ', '%', 'ǂ', 'ع', '😀', '\u0000'), fc.nat({ max: maxHuge }))
        .map(([unit, length]) => unit.repeat(Math.max(1, Math.floor(length / unit.length)))),
    });
  }
  return fc.oneof(...texts).filter((text) => !looksInternal(text));
};

/** Integers at and beyond the bounds of GraphQL `Int` and of JavaScript numbers. */
export const fuzzInteger = (): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: -3, max: 120 }),
    fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
    fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, -(2 ** 53), 1e21)
  );

/** Any JSON value, for variables of the wrong type. */
export const fuzzJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 2 }).filter((value) => !looksInternal(JSON.stringify(value) ?? '')),
    fc.constantFrom(null, true, false, 0, -1, 1.5, 1e300, 2 ** 53 + 2, '', [], {}, [null], {
      '': null,
    })
  );

/** GraphQL names that the schema does not have, near the real ones. */
export const fuzzName = (names: string[]): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc
        .tuple(fc.constantFrom(...names), fc.stringMatching(/^[a-zA-Z0-9_]{1,3}$/))
        .map(([name, tail]) => `${name}${tail}`),
      fc.constantFrom(...names).map((name) => name.slice(0, -1)),
      fc.stringMatching(/^[_a-zA-Z][_a-zA-Z0-9]{0,20}$/)
    )
    .filter((name) => !names.includes(name) && !looksInternal(name));

/** Percent-encoded UTF-8; a lone surrogate (not encodable) becomes U+FFFD. */
export const encode = (text: string): string =>
  encodeURIComponent(
    text.replace(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
      '\uFFFD'
    )
  );
