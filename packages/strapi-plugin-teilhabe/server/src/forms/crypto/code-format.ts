import { randomInt } from 'node:crypto';

/**
 * The letters of references and status codes: digits and capitals without
 * the ones that are misread or misheard for each other (0/O, 1/I/L) and
 * without U (V/U in handwriting), 30 in all.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

const GROUP = 4;

/** A shape of code: how many characters of which alphabet, shown in groups of four. */
export interface CodeFormat {
  alphabet: string;
  length: number;
}

/** Bits of randomness of a random code of this format. */
export const entropyBits = (format: CodeFormat): number =>
  format.length * Math.log2(format.alphabet.length);

/** `ABCDEFGHIJ` → `ABCD-EFGH-IJ`. */
export const groupCode = (raw: string): string =>
  (raw.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-');

/**
 * A uniformly random code (`randomInt` draws without modulo bias).
 * @returns the code in groups of four
 */
export const randomCode = (format: CodeFormat): string =>
  groupCode(
    Array.from(
      { length: format.length },
      () => format.alphabet[randomInt(format.alphabet.length)]
    ).join('')
  );

/**
 * A code from the bytes of a digest (a keyed hash): the digest read as one
 * number, written in the alphabet's digits. 256 bits into fewer than 80 leave
 * no bias worth the name.
 * @returns the code in groups of four
 */
export const codeFromDigest = (format: CodeFormat, digest: Buffer): string => {
  let rest = BigInt(`0x${digest.toString('hex')}`);
  const base = BigInt(format.alphabet.length);
  let raw = '';
  for (let index = 0; index < format.length; index += 1) {
    raw += format.alphabet[Number(rest % base)];
    rest /= base;
  }
  return groupCode(raw);
};

// Arabic-Indic (ar) and Extended Arabic-Indic (fa) digits, as residents may type them.
const toAsciiDigits = (text: string): string =>
  text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) =>
    String((digit.codePointAt(0) ?? 0) & 0xf)
  );

/**
 * The canonical form of a code as typed: case, spaces, dashes and Arabic or
 * Persian digits do not matter.
 * @returns the code in groups of four, or `null` when it cannot be one
 */
export const normalizeCode = (format: CodeFormat, input: string): string | null => {
  const raw = toAsciiDigits(input.normalize('NFKC'))
    .toUpperCase()
    .replace(/[\s\u2010-\u2015-]+/g, '');
  if (raw.length !== format.length || [...raw].some((char) => !format.alphabet.includes(char))) {
    return null;
  }
  return groupCode(raw);
};
