import {
  CODE_ALPHABET,
  codeFromDigest,
  normalizeCode,
  randomCode,
  type CodeFormat,
} from './code-format';
import { keyedDigest } from './keyed-hash';
import type { Keyring } from './keyring';

export { dailyAddressHash, keyedHash, safeEqualHex } from './keyed-hash';
export { signToken, verifyToken, type SignOptions, type VerifyOptions } from './tokens';

/** A submission's reference: 10 characters, about 49 bits, shown `K7QF-9XRT-2M`. */
export const REFERENCE_FORMAT: CodeFormat = { alphabet: CODE_ALPHABET, length: 10 };
/** A status code: 16 characters, about 78 bits, shown `K7QF-9XRT-2MWA-HC4N`. */
export const STATUS_CODE_FORMAT: CodeFormat = { alphabet: CODE_ALPHABET, length: 16 };
/** An anonymous report's receipt: 20 digits, about 66 bits, shown `4821-0937-…`. */
export const RECEIPT_FORMAT: CodeFormat = { alphabet: '0123456789', length: 20 };

/** The purposes of `keyedHash` for the codes stored as hashes. */
export const HASH_PURPOSE = {
  statusCode: 'status-code',
  receipt: 'receipt',
  idempotency: 'idempotency',
  fileToken: 'file-token',
} as const;

/** @returns a new random reference, in its canonical grouped form */
export const newReference = (): string => randomCode(REFERENCE_FORMAT);

/**
 * A reference as a resident typed it, in its canonical form.
 * @param input lower case, spaces, dashes and Arabic or Persian digits are accepted
 * @returns `XXXX-XXXX-XX`, or `null` when the input cannot be a reference
 */
export const normalizeReference = (input: string): string | null =>
  normalizeCode(REFERENCE_FORMAT, input);

/** @returns a new random status code, in its canonical grouped form */
export const newStatusCode = (): string => randomCode(STATUS_CODE_FORMAT);

/**
 * A status code as typed, in the canonical form that `keyedHash` is taken of.
 * @returns `XXXX-XXXX-XXXX-XXXX`, or `null` when the input cannot be a status code
 */
export const normalizeStatusCode = (input: string): string | null =>
  normalizeCode(STATUS_CODE_FORMAT, input);

/** @returns a new random receipt of 20 digits in groups of four */
export const newReceipt = (): string => randomCode(RECEIPT_FORMAT);

/**
 * A receipt as typed, in its canonical form.
 * @returns `DDDD-DDDD-DDDD-DDDD-DDDD`, or `null` when the input cannot be a receipt
 */
export const normalizeReceipt = (input: string): string | null =>
  normalizeCode(RECEIPT_FORMAT, input);

/**
 * The status code of a submission, derived from its idempotency key: a
 * retried request gets the same code again although only the code's hash is
 * stored. As secret as the HMAC secret and the idempotency key together.
 * @param keyring the forms' keyring
 * @param idempotencyKey the key the request came with
 * @returns a status code in its canonical grouped form
 */
export const deriveCode = (keyring: Keyring, idempotencyKey: string): string =>
  codeFromDigest(STATUS_CODE_FORMAT, keyedDigest(keyring, 'derived-status-code', idempotencyKey));

/**
 * The receipt of an anonymous report, derived from its idempotency key like
 * `deriveCode`, for the same reason.
 * @param keyring the forms' keyring
 * @param idempotencyKey the key the request came with
 * @returns 20 digits in groups of four
 */
export const deriveReceipt = (keyring: Keyring, idempotencyKey: string): string =>
  codeFromDigest(RECEIPT_FORMAT, keyedDigest(keyring, 'derived-receipt', idempotencyKey));
