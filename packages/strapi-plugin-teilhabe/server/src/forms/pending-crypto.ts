/**
 * Stand-in for `crypto/` until it lands: the same names, on the same
 * environment variables. Replaced by `./crypto` on merge.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  randomBytes,
  randomInt,
  timingSafeEqual,
} from 'node:crypto';

export interface Sealed {
  ciphertext: string;
  iv: string;
  tag: string;
  wrappedKey: string;
  keyId: string;
}

const keyring = (): { id: string; keys: Map<string, Buffer> } => {
  const keys = new Map<string, Buffer>();
  for (const pair of (process.env.TEILHABE_FORMS_KEYS ?? '').split(',')) {
    const [id, value] = pair.split(':');
    if (id && value) {
      keys.set(id.trim(), Buffer.from(value.trim(), 'base64'));
    }
  }
  const id = process.env.TEILHABE_FORMS_ACTIVE_KEY ?? '';
  if (keys.get(id)?.length !== 32) {
    throw new Error('TEILHABE_FORMS_KEYS has no valid key TEILHABE_FORMS_ACTIVE_KEY.');
  }
  return { id, keys };
};

const secret = (): string => {
  const value = process.env.TEILHABE_FORMS_HMAC_SECRET ?? '';
  if (value.length < 16) {
    throw new Error('TEILHABE_FORMS_HMAC_SECRET is missing.');
  }
  return value;
};

const gcm = (key: Buffer, plain: Buffer, aad: string) => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(aad));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { ciphertext, iv, tag: cipher.getAuthTag() };
};

const ungcm = (key: Buffer, ciphertext: Buffer, iv: Buffer, tag: Buffer, aad: string) => {
  const decipher = createDecipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(aad));
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
};

/** Encrypts bytes with a fresh data key, wrapped by the active master key. */
export const seal = (plain: Buffer, aad: string): Sealed => {
  const { id, keys } = keyring();
  const dataKey = randomBytes(32);
  const body = gcm(dataKey, plain, aad);
  const wrapped = gcm(keys.get(id)!, dataKey, `key:${aad}`);
  return {
    ciphertext: body.ciphertext.toString('base64'),
    iv: body.iv.toString('base64'),
    tag: body.tag.toString('base64'),
    wrappedKey: Buffer.concat([wrapped.iv, wrapped.tag, wrapped.ciphertext]).toString('base64'),
    keyId: id,
  };
};

/** Decrypts what {@link seal} sealed with the same `aad`. */
export const open = (sealed: Sealed, aad: string): Buffer => {
  const master = keyring().keys.get(sealed.keyId);
  if (!master) {
    throw new Error(`Unknown key id ${sealed.keyId}.`);
  }
  const wrapped = Buffer.from(sealed.wrappedKey, 'base64');
  const dataKey = ungcm(
    master,
    wrapped.subarray(28),
    wrapped.subarray(0, 12),
    wrapped.subarray(12, 28),
    `key:${aad}`
  );
  return ungcm(
    dataKey,
    Buffer.from(sealed.ciphertext, 'base64'),
    Buffer.from(sealed.iv, 'base64'),
    Buffer.from(sealed.tag, 'base64'),
    aad
  );
};

export const sealJson = (value: unknown, aad: string): Sealed =>
  seal(Buffer.from(JSON.stringify(value), 'utf8'), aad);

export const openJson = <T = unknown>(sealed: Sealed, aad: string): T =>
  JSON.parse(open(sealed, aad).toString('utf8')) as T;

const REFERENCE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const pick = (alphabet: string, length: number) =>
  Array.from({ length }, () => alphabet[randomInt(alphabet.length)]).join('');

/** A reference like `K7QM-3XRP`: 8 characters without ambiguous letters. */
export const newReference = (): string =>
  `${pick(REFERENCE_ALPHABET, 4)}-${pick(REFERENCE_ALPHABET, 4)}`;

/** A status code with 80 bits of randomness. */
export const newStatusCode = (): string => pick(REFERENCE_ALPHABET, 16);

/** An anonymous receipt: 20 digits in groups of four. */
export const newReceipt = (): string => pick('0123456789', 20).replace(/(\d{4})(?=\d)/g, '$1-');

/** HMAC-SHA-256 of a value for one purpose, hex. */
export const keyedHash = (purpose: string, value: string): string =>
  createHmac('sha256', secret()).update(`${purpose}\0${value}`).digest('hex');

/** Constant-time comparison of two hex strings. */
export const safeEqualHex = (a: string, b: string): boolean => {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
};

/** The status code of an idempotency key: the same key always gives the same code. */
export const deriveCode = (idempotencyKey: string): string => {
  const digest = createHmac('sha256', secret()).update(`code\0${idempotencyKey}`).digest();
  return Array.from(digest.subarray(0, 16), (byte) => REFERENCE_ALPHABET[byte % 32]).join('');
};

/** A signed token of a JSON payload. */
export const signToken = (payload: object): string => {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${createHmac('sha256', secret()).update(`token\0${body}`).digest('base64url')}`;
};

/** The payload of a token {@link signToken} signed, or null. */
export const verifyToken = <T = Record<string, unknown>>(token: string): T | null => {
  const [body, signature] = token.split('.');
  if (!body || !signature) {
    return null;
  }
  const expected = createHmac('sha256', secret()).update(`token\0${body}`).digest('base64url');
  if (
    expected.length !== signature.length ||
    !timingSafeEqual(Buffer.from(expected), Buffer.from(signature))
  ) {
    return null;
  }
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as T;
  } catch {
    return null;
  }
};

/** A hash of a client address that changes every day (UTC). */
export const dailyAddressHash = (address: string, now: Date = new Date()): string =>
  keyedHash(`address:${now.toISOString().slice(0, 10)}`, address);

/** The anonymous receipt of an idempotency key: 20 digits, the same for the same key. */
export const deriveReceipt = (idempotencyKey: string): string => {
  const digest = createHmac('sha256', secret()).update(`receipt\0${idempotencyKey}`).digest();
  const digits = (BigInt(`0x${digest.subarray(0, 12).toString('hex')}`) % 10n ** 20n)
    .toString()
    .padStart(20, '0');
  return digits.replace(/(\d{4})(?=\d)/g, '$1-');
};
