import {
  open,
  openJson,
  rewrap,
  seal,
  sealJson,
  SealedRecordError,
  type SealedRecord,
} from '../envelope';
import { testKeyring, withKeys } from './keyring-fixture';

const AAD = 'submission:K7QF-9XRT-2M';
const MARKER = Buffer.from('Kita-Anmeldung für Amina – طلب تسجيل', 'utf8');

/** The record with one bit of one byte of a base64 part flipped. */
const flipped = (record: SealedRecord, part: keyof SealedRecord, at = 0): SealedRecord => {
  const bytes = Buffer.from(record[part], 'base64');
  const index = Math.min(at, bytes.length - 1);
  bytes[index] = bytes[index]! ^ 0x01;
  return { ...record, [part]: bytes.toString('base64') };
};

describe('sealed records', () => {
  const keyring = testKeyring(['k1']);

  test('open returns what seal was given', () => {
    expect(open(seal(MARKER, keyring, AAD), keyring, AAD).equals(MARKER)).toBe(true);
    expect(
      openJson(sealJson({ child: { given: 'Amina' }, hours: 35 }, keyring, AAD), keyring, AAD)
    ).toEqual({
      child: { given: 'Amina' },
      hours: 35,
    });
  });

  test('the same plaintext encrypts differently twice, and never shows in the record', () => {
    const first = seal(MARKER, keyring, AAD);
    const second = seal(MARKER, keyring, AAD);
    expect(first.ciphertext).not.toBe(second.ciphertext);
    expect(first.iv).not.toBe(second.iv);
    expect(first.wrappedKey).not.toBe(second.wrappedKey);
    const stored = JSON.stringify(first);
    for (const form of [
      MARKER.toString('utf8'),
      MARKER.toString('base64'),
      MARKER.toString('hex'),
    ]) {
      expect(stored).not.toContain(form);
    }
  });

  test('the record holds base64 parts of the expected sizes and names its key', () => {
    const record = seal(MARKER, keyring, AAD);
    expect(record.keyId).toBe('k1');
    expect(Buffer.from(record.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(record.tag, 'base64')).toHaveLength(16);
    expect(Buffer.from(record.wrappedKey, 'base64')).toHaveLength(12 + 16 + 32);
    expect(Buffer.from(record.ciphertext, 'base64')).toHaveLength(MARKER.length);
  });

  test.each([
    ['ciphertext', 0],
    ['ciphertext', 20],
    ['iv', 5],
    ['tag', 15],
    ['wrappedKey', 0],
    ['wrappedKey', 20],
    ['wrappedKey', 59],
  ] as const)('a flipped byte in %s (at %i) fails to open', (part, at) => {
    const record = seal(MARKER, keyring, AAD);
    expect(() => open(flipped(record, part, at), keyring, AAD)).toThrow(SealedRecordError);
  });

  test('a truncated part fails to open', () => {
    const record = seal(MARKER, keyring, AAD);
    expect(() => open({ ...record, tag: record.tag.slice(0, 8) }, keyring, AAD)).toThrow(
      SealedRecordError
    );
    expect(() =>
      open({ ...record, wrappedKey: record.wrappedKey.slice(0, 40) }, keyring, AAD)
    ).toThrow(SealedRecordError);
  });

  test('another context fails to open', () => {
    const record = seal(MARKER, keyring, AAD);
    expect(() => open(record, keyring, 'submission:K7QF-9XRT-2N')).toThrow(SealedRecordError);
    expect(() => open(record, keyring, '')).toThrow(SealedRecordError);
  });

  test('an unknown key id fails, and so does a key id swapped in the row', () => {
    const record = seal(MARKER, keyring, AAD);
    expect(() => open(record, testKeyring(['k2']), AAD)).toThrow(/no master key "k1"/);
    const twoKeys = withKeys(keyring, ['k1', 'k2'], 'k1');
    expect(() => open({ ...record, keyId: 'k2' }, twoKeys, AAD)).toThrow(SealedRecordError);
  });

  test('another key under the same id fails to open', () => {
    const record = seal(MARKER, keyring, AAD);
    expect(() => open(record, testKeyring(['k1']), AAD)).toThrow(SealedRecordError);
  });
});

describe('rewrap', () => {
  test('moves a record to the active key: it opens with the new key alone, its ciphertext unchanged', () => {
    const old = testKeyring(['k1']);
    const record = seal(MARKER, old, AAD);
    const rotating = withKeys(old, ['k1', 'k2'], 'k2');
    const moved = rewrap(record, rotating);
    expect(moved.keyId).toBe('k2');
    expect(moved.ciphertext).toBe(record.ciphertext);
    expect(moved.iv).toBe(record.iv);
    expect(moved.tag).toBe(record.tag);
    expect(moved.wrappedKey).not.toBe(record.wrappedKey);

    const newOnly = withKeys(rotating, ['k2'], 'k2');
    expect(open(moved, newOnly, AAD).equals(MARKER)).toBe(true);
    expect(() => open(record, newOnly, AAD)).toThrow(/no master key "k1"/);
  });

  test('needs the old key to unwrap', () => {
    const record = seal(MARKER, testKeyring(['k1']), AAD);
    expect(() => rewrap(record, testKeyring(['k2']))).toThrow(SealedRecordError);
  });

  test('a tampered wrapped key is not re-wrapped', () => {
    const old = testKeyring(['k1']);
    const record = seal(MARKER, old, AAD);
    expect(() =>
      rewrap(flipped(record, 'wrappedKey', 30), withKeys(old, ['k1', 'k2'], 'k2'))
    ).toThrow(SealedRecordError);
  });
});
