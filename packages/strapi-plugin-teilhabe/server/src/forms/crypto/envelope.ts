import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Keyring } from './keyring';

/**
 * One encrypted record as stored: every part base64, so that it fits text
 * columns on SQLite and PostgreSQL alike.
 */
export interface SealedRecord {
  ciphertext: string;
  iv: string;
  tag: string;
  /** The record's data key, encrypted with the master key `keyId`: iv, tag and key in one. */
  wrappedKey: string;
  keyId: string;
}

const ALGORITHM = 'aes-256-gcm';
const DATA_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const WRAPPED_KEY_BYTES = IV_BYTES + TAG_BYTES + DATA_KEY_BYTES;

/** The part of a sealed record that key rotation touches. */
export type WrappedDataKey = Pick<SealedRecord, 'wrappedKey' | 'keyId'>;

/** Raised when a record cannot be opened: tampered, wrong context, or an unknown key. */
export class SealedRecordError extends Error {
  override name = 'SealedRecordError';
}

const masterKey = (keyring: Keyring, keyId: string): Buffer => {
  const key = keyring.keys.get(keyId);
  if (!key) {
    throw new SealedRecordError(`no master key "${keyId}" in the keyring`);
  }
  return key;
};

const encrypt = (key: Buffer, plaintext: Buffer, aad: Buffer) => {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(aad);
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), ciphertext };
};

const decrypt = (key: Buffer, iv: Buffer, tag: Buffer, ciphertext: Buffer, aad: Buffer) => {
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new SealedRecordError('the record is damaged');
  }
  const decipher = createDecipheriv(ALGORITHM, key, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(aad);
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw new SealedRecordError('the record is damaged or belongs elsewhere');
  }
};

// The wrapped key names its master key, so that a key id swapped in the row fails too.
const wrapContext = (keyId: string) => Buffer.from(`teilhabe-forms:data-key:${keyId}`, 'utf8');
const recordContext = (aad: string) => Buffer.from(`teilhabe-forms:record:${aad}`, 'utf8');

const wrap = (dataKey: Buffer, keyring: Keyring): WrappedDataKey => {
  const keyId = keyring.activeKeyId;
  const { iv, tag, ciphertext } = encrypt(masterKey(keyring, keyId), dataKey, wrapContext(keyId));
  return { wrappedKey: Buffer.concat([iv, tag, ciphertext]).toString('base64'), keyId };
};

const unwrap = (record: WrappedDataKey, keyring: Keyring): Buffer => {
  const key = masterKey(keyring, record.keyId);
  const wrapped = Buffer.from(record.wrappedKey, 'base64');
  if (wrapped.length !== WRAPPED_KEY_BYTES) {
    throw new SealedRecordError('the record is damaged');
  }
  return decrypt(
    key,
    wrapped.subarray(0, IV_BYTES),
    wrapped.subarray(IV_BYTES, IV_BYTES + TAG_BYTES),
    wrapped.subarray(IV_BYTES + TAG_BYTES),
    wrapContext(record.keyId)
  );
};

/**
 * Encrypts one record with AES-256-GCM under a fresh random data key, which
 * is itself encrypted (wrapped) with the keyring's active master key.
 * @param plaintext what to encrypt
 * @param keyring the forms' keyring
 * @param aad the record's context, e.g. `submission:<reference>`: opening it elsewhere fails
 * @returns the sealed record, base64 parts
 */
export const seal = (plaintext: Buffer, keyring: Keyring, aad: string): SealedRecord => {
  const dataKey = randomBytes(DATA_KEY_BYTES);
  try {
    const { iv, tag, ciphertext } = encrypt(dataKey, plaintext, recordContext(aad));
    return {
      ciphertext: ciphertext.toString('base64'),
      iv: iv.toString('base64'),
      tag: tag.toString('base64'),
      ...wrap(dataKey, keyring),
    };
  } finally {
    dataKey.fill(0);
  }
};

/**
 * Decrypts a sealed record.
 * @param record as stored
 * @param keyring must hold the master key the record names
 * @param aad the same context as at `seal`
 * @returns the plaintext
 * @throws SealedRecordError on any change to any part, another context, or an unknown key id
 */
export const open = (record: SealedRecord, keyring: Keyring, aad: string): Buffer => {
  const dataKey = unwrap(record, keyring);
  try {
    return decrypt(
      dataKey,
      Buffer.from(record.iv, 'base64'),
      Buffer.from(record.tag, 'base64'),
      Buffer.from(record.ciphertext, 'base64'),
      recordContext(aad)
    );
  } finally {
    dataKey.fill(0);
  }
};

/**
 * Wraps a record's data key anew with the keyring's active master key (key
 * rotation); the ciphertext stays as it is.
 * @param record as stored; its own master key must still be in the keyring
 * @param keyring the keyring with the new active key
 * @returns the record with the new `wrappedKey` and `keyId`
 * @throws SealedRecordError when the wrapped key is damaged or its master key unknown
 */
export const rewrap = (record: SealedRecord, keyring: Keyring): SealedRecord => ({
  ...record,
  ...rewrapKey(record, keyring),
});

/**
 * `rewrap` on the wrapped key alone, for rotation without reading the
 * (possibly large) ciphertext.
 * @param wrapped the record's `wrappedKey` and `keyId`
 * @param keyring the keyring with the new active key
 * @returns the new `wrappedKey` and `keyId`
 * @throws SealedRecordError when the wrapped key is damaged or its master key unknown
 */
export const rewrapKey = (wrapped: WrappedDataKey, keyring: Keyring): WrappedDataKey => {
  const dataKey = unwrap(wrapped, keyring);
  try {
    return wrap(dataKey, keyring);
  } finally {
    dataKey.fill(0);
  }
};

/**
 * Seals a JSON value (answers, a note).
 * @param value anything `JSON.stringify` accepts
 * @param keyring the forms' keyring
 * @param aad the record's context
 * @returns the sealed record
 */
export const sealJson = (value: unknown, keyring: Keyring, aad: string): SealedRecord =>
  seal(Buffer.from(JSON.stringify(value), 'utf8'), keyring, aad);

/**
 * Opens a record sealed by `sealJson`. The caller checks the shape.
 * @param record as stored
 * @param keyring the forms' keyring
 * @param aad the same context as at `sealJson`
 * @returns the parsed value
 */
export const openJson = <T>(record: SealedRecord, keyring: Keyring, aad: string): T =>
  JSON.parse(open(record, keyring, aad).toString('utf8')) as T;
