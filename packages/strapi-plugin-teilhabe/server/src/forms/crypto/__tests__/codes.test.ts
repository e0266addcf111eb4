import { CODE_ALPHABET, entropyBits } from '../code-format';
import {
  dailyAddressHash,
  deriveCode,
  deriveReceipt,
  keyedHash,
  newReceipt,
  newReference,
  newStatusCode,
  normalizeReceipt,
  normalizeReference,
  normalizeStatusCode,
  RECEIPT_FORMAT,
  REFERENCE_FORMAT,
  safeEqualHex,
  STATUS_CODE_FORMAT,
} from '../codes';
import { testKeyring } from './keyring-fixture';

const AMBIGUOUS = ['0', 'O', '1', 'I', 'L', 'U'];
const SAMPLES = 2000;

const charsOf = (codes: string[]) => new Set(codes.join('').replaceAll('-', ''));

describe('references', () => {
  test('the alphabet has 30 distinct characters and none that is misread', () => {
    expect(new Set(CODE_ALPHABET).size).toBe(30);
    expect(CODE_ALPHABET).toMatch(/^[2-9A-Z]+$/);
    for (const char of AMBIGUOUS) {
      expect(CODE_ALPHABET).not.toContain(char);
    }
  });

  test('10 characters in groups of four, from the alphabet only, about 49 bits', () => {
    const references = Array.from({ length: SAMPLES }, newReference);
    for (const reference of references) {
      expect(reference).toMatch(
        /^[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}$/
      );
    }
    expect(new Set(references).size).toBe(SAMPLES);
    // 20,000 draws of 30 letters: each letter is used (chance of missing one below 1e-280).
    expect(charsOf(references)).toEqual(new Set(CODE_ALPHABET));
    expect(entropyBits(REFERENCE_FORMAT)).toBeGreaterThan(49);
  });

  test.each([
    ['k7qf-9xrt-2m', 'K7QF-9XRT-2M'],
    ['K7QF9XRT2M', 'K7QF-9XRT-2M'],
    ['  k7qf 9xrt 2m ', 'K7QF-9XRT-2M'],
    ['K7QF–9XRT—2M', 'K7QF-9XRT-2M'],
    ['k٧qf-٩xrt-۲m', 'K7QF-9XRT-2M'],
    ['ＫＷＱＦ９ＸＲＴ２Ｍ', 'KWQF-9XRT-2M'],
  ])('normalizeReference(%j) is %j', (input, expected) => {
    expect(normalizeReference(input)).toBe(expected);
  });

  test.each(['K7QF-9XRT-2', 'K7QF-9XRT-2MM', 'K0QF-9XRT-2M', 'KIQF-9XRT-2M', 'K7QF_9XRT_2M', ''])(
    'normalizeReference(%j) is null',
    (input) => {
      expect(normalizeReference(input)).toBeNull();
    }
  );
});

describe('status codes and receipts', () => {
  test('a status code has 16 characters of the alphabet, at least 64 bits', () => {
    const codes = Array.from({ length: SAMPLES }, newStatusCode);
    for (const code of codes) {
      expect(normalizeStatusCode(code)).toBe(code);
      expect(code).toMatch(/^([2-9A-Z]{4}-){3}[2-9A-Z]{4}$/);
    }
    expect(charsOf(codes)).toEqual(new Set(CODE_ALPHABET));
    expect(new Set(codes).size).toBe(SAMPLES);
    expect(entropyBits(STATUS_CODE_FORMAT)).toBeGreaterThanOrEqual(64);
  });

  test('a receipt has 20 digits in groups of four, at least 16 digits of randomness', () => {
    const receipts = Array.from({ length: SAMPLES }, newReceipt);
    for (const receipt of receipts) {
      expect(receipt).toMatch(/^(\d{4}-){4}\d{4}$/);
      expect(normalizeReceipt(receipt.replaceAll('-', ' '))).toBe(receipt);
    }
    expect(charsOf(receipts)).toEqual(new Set('0123456789'));
    expect(entropyBits(RECEIPT_FORMAT)).toBeGreaterThanOrEqual(16 * Math.log2(10));
    expect(normalizeReceipt('٤٨٢١ ٠٩٣٧ ۴۸۲۱ ۰۹۳۷ 1234')).toBe('4821-0937-4821-0937-1234');
  });

  test('a derived code is a status code, the same for the same key and secret only', () => {
    const keyring = testKeyring();
    const code = deriveCode(keyring, 'idempotency-1');
    expect(normalizeStatusCode(code)).toBe(code);
    expect(deriveCode(keyring, 'idempotency-1')).toBe(code);
    expect(deriveCode(keyring, 'idempotency-2')).not.toBe(code);
    expect(deriveCode(testKeyring(), 'idempotency-1')).not.toBe(code);
    const derived = Array.from({ length: SAMPLES }, (_, index) =>
      deriveCode(keyring, `key-${index}`)
    );
    expect(charsOf(derived)).toEqual(new Set(CODE_ALPHABET));
    const receipt = deriveReceipt(keyring, 'idempotency-1');
    expect(normalizeReceipt(receipt)).toBe(receipt);
    expect(deriveReceipt(keyring, 'idempotency-1')).toBe(receipt);
  });
});

describe('keyed hashes', () => {
  const keyring = testKeyring();

  test('are HMAC-SHA-256 hex, stable, and differ by purpose and by secret', () => {
    const hash = keyedHash(keyring, 'status-code', 'K7QF-9XRT-2MWA-HC4N');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(keyedHash(keyring, 'status-code', 'K7QF-9XRT-2MWA-HC4N')).toBe(hash);
    expect(keyedHash(keyring, 'receipt', 'K7QF-9XRT-2MWA-HC4N')).not.toBe(hash);
    expect(keyedHash(keyring, 'status-code', 'K7QF-9XRT-2MWA-HC4M')).not.toBe(hash);
    expect(keyedHash(testKeyring(), 'status-code', 'K7QF-9XRT-2MWA-HC4N')).not.toBe(hash);
    // Purpose and value are not simply joined: moving text from one to the other changes the hash.
    expect(keyedHash(keyring, 'a:b', 'c')).not.toBe(keyedHash(keyring, 'a', 'b:c'));
  });

  test('safeEqualHex compares content, case-insensitively, and refuses what is not hex', () => {
    const hash = keyedHash(keyring, 'status-code', 'x');
    expect(safeEqualHex(hash, hash)).toBe(true);
    expect(safeEqualHex(hash, hash.toUpperCase())).toBe(true);
    expect(safeEqualHex(hash, keyedHash(keyring, 'status-code', 'y'))).toBe(false);
    expect(safeEqualHex(hash, hash.slice(0, 62))).toBe(false);
    expect(safeEqualHex(hash, `${hash.slice(0, 63)}g`)).toBe(false);
    expect(safeEqualHex('', hash)).toBe(false);
  });

  test('the daily address hash differs per day and per address, and never holds the address', () => {
    const monday = dailyAddressHash(keyring, '203.0.113.7', '2026-03-02');
    expect(monday).toMatch(/^[0-9a-f]{64}$/);
    expect(dailyAddressHash(keyring, '203.0.113.7', '2026-03-02')).toBe(monday);
    expect(dailyAddressHash(keyring, '203.0.113.7', '2026-03-03')).not.toBe(monday);
    expect(dailyAddressHash(keyring, '203.0.113.8', '2026-03-02')).not.toBe(monday);
    expect(dailyAddressHash(keyring, '2001:DB8::1', '2026-03-02')).toBe(
      dailyAddressHash(keyring, '2001:db8::1', '2026-03-02')
    );
    expect(monday).not.toBe(keyedHash(keyring, 'address', '203.0.113.7'));
    expect(() => dailyAddressHash(keyring, '203.0.113.7', '2.3.2026')).toThrow(RangeError);
  });
});
