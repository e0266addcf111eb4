/**
 * The forms' cryptography (`crypto/`) bound to the keyring of the
 * environment, which the start-up check has already found valid: the rest
 * of the domain calls these without passing the keyring around.
 */
import * as codes from './crypto/codes';
import {
  open as openBytesWith,
  openJson as openWith,
  seal as sealBytesWith,
  sealJson as sealWith,
  type SealedRecord,
} from './crypto/envelope';
import { keyringFromEnv, type Keyring } from './crypto/keyring';
import { dayOf } from './days';

export type Sealed = SealedRecord;

let cached: { source: string; keyring: Keyring } | null = null;

/** The keyring of `TEILHABE_FORMS_*`, parsed again only when they change. */
const keyring = (): Keyring => {
  const source = [
    process.env.TEILHABE_FORMS_KEYS,
    process.env.TEILHABE_FORMS_ACTIVE_KEY,
    process.env.TEILHABE_FORMS_HMAC_SECRET,
  ].join('\n');
  if (cached?.source !== source) {
    cached = { source, keyring: keyringFromEnv(process.env) };
  }
  return cached.keyring;
};

export const sealJson = (value: unknown, aad: string): Sealed => sealWith(value, keyring(), aad);
export const openJson = <T>(record: Sealed, aad: string): T => openWith<T>(record, keyring(), aad);
export const seal = (plaintext: Buffer, aad: string): Sealed =>
  sealBytesWith(plaintext, keyring(), aad);
export const open = (record: Sealed, aad: string): Buffer => openBytesWith(record, keyring(), aad);
export const keyedHash = (purpose: string, value: string): string =>
  codes.keyedHash(keyring(), purpose, value);
export const deriveCode = (idempotencyKey: string): string =>
  codes.deriveCode(keyring(), idempotencyKey);
export const deriveReceipt = (idempotencyKey: string): string =>
  codes.deriveReceipt(keyring(), idempotencyKey);
export const signToken = (payload: object): string => codes.signToken(keyring(), payload);
export const verifyToken = <T>(token: string): T | null => codes.verifyToken<T>(keyring(), token);
export const dailyAddressHash = (address: string, now: Date = new Date()): string =>
  codes.dailyAddressHash(keyring(), address, dayOf(now));
export const {
  HASH_PURPOSE,
  newReference,
  normalizeReceipt,
  normalizeReference,
  normalizeStatusCode,
  safeEqualHex,
} = codes;
