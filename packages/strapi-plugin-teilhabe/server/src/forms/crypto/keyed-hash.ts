import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import type { Keyring } from './keyring';

const SUBKEY_BYTES = 32;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const HEX = /^[0-9a-f]*$/i;

const subkeys = new WeakMap<Buffer, Map<string, Buffer>>();

/**
 * A key of its own for each purpose, derived from the HMAC secret with HKDF,
 * so that a hash or token made for one purpose never passes for another.
 * @param keyring the forms' keyring
 * @param purpose e.g. `status-code`, `idempotency`, `token:render`
 * @returns 32 bytes
 */
export const purposeKey = (keyring: Keyring, purpose: string): Buffer => {
  let byPurpose = subkeys.get(keyring.hmacSecret);
  if (!byPurpose) {
    byPurpose = new Map();
    subkeys.set(keyring.hmacSecret, byPurpose);
  }
  let key = byPurpose.get(purpose);
  if (!key) {
    const info = Buffer.from(`teilhabe-forms:${purpose}`, 'utf8');
    key = Buffer.from(hkdfSync('sha256', keyring.hmacSecret, Buffer.alloc(0), info, SUBKEY_BYTES));
    byPurpose.set(purpose, key);
  }
  return key;
};

/** HMAC-SHA-256 bytes of `value` under the purpose's own key. */
export const keyedDigest = (keyring: Keyring, purpose: string, value: string): Buffer =>
  createHmac('sha256', purposeKey(keyring, purpose)).update(value, 'utf8').digest();

/**
 * The keyed hash that is stored in place of a secret value (a status code, an
 * idempotency key): HMAC-SHA-256 under a key of the purpose's own.
 * @param keyring the forms' keyring
 * @param purpose what the value is, e.g. `status-code`
 * @param value the value, in its canonical form
 * @returns 64 hex digits
 */
export const keyedHash = (keyring: Keyring, purpose: string, value: string): string =>
  keyedDigest(keyring, purpose, value).toString('hex');

/**
 * Compares two hex strings in time that does not depend on where they differ.
 * @returns whether both are the same hex digits (case-insensitive)
 */
export const safeEqualHex = (a: string, b: string): boolean => {
  if (!HEX.test(a) || !HEX.test(b) || a.length % 2 !== 0) {
    return false;
  }
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  // Lengths are public (always 64 digits here); only the content must not leak.
  return left.length === right.length && timingSafeEqual(left, right);
};

/**
 * The rate-limit key of a client address on one day: an HMAC under a salt
 * derived for that day, so that no address is stored and one address gives
 * unrelated keys on different days.
 * @param keyring the forms' keyring
 * @param address the client address as received
 * @param day `YYYY-MM-DD`
 * @returns 64 hex digits
 */
export const dailyAddressHash = (keyring: Keyring, address: string, day: string): string => {
  if (!DAY.test(day)) {
    throw new RangeError('day must be YYYY-MM-DD');
  }
  return keyedHash(keyring, `address:${day}`, address.trim().toLowerCase());
};
