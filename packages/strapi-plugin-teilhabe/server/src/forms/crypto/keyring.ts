/**
 * The forms' secrets, read from the environment: the master keys that wrap
 * each record's data key, the id of the one that wraps new records, and the
 * secret behind every keyed hash and signed token.
 */
export interface Keyring {
  /** The key id that wraps new records (`TEILHABE_FORMS_ACTIVE_KEY`). */
  activeKeyId: string;
  /** Master keys by id, 32 bytes each; older ones stay to unwrap until rotated away. */
  keys: ReadonlyMap<string, Buffer>;
  /** At least 32 bytes (`TEILHABE_FORMS_HMAC_SECRET`). */
  hmacSecret: Buffer;
}

export const KEYS_VARIABLE = 'TEILHABE_FORMS_KEYS';
export const ACTIVE_KEY_VARIABLE = 'TEILHABE_FORMS_ACTIVE_KEY';
export const HMAC_SECRET_VARIABLE = 'TEILHABE_FORMS_HMAC_SECRET';

export const MASTER_KEY_BYTES = 32;
export const MIN_HMAC_SECRET_BYTES = 32;
const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** A missing or malformed forms secret. The message names the variable, never its value. */
export class FormsKeyError extends Error {
  override name = 'FormsKeyError';
}

const GENERATE_HINT = 'generate a value with `openssl rand -base64 32`';

/** Strict base64: Node's decoder skips characters it does not know, so check the shape first. */
const decodeBase64 = (text: string): Buffer | null => {
  if (!BASE64.test(text) || text.length % 4 !== 0) {
    return null;
  }
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64') === text ? bytes : null;
};

const parseKeyEntry = (entry: string, position: number): [string, Buffer] => {
  const separator = entry.indexOf(':');
  const id = separator > 0 ? entry.slice(0, separator).trim() : '';
  if (!KEY_ID.test(id)) {
    throw new FormsKeyError(
      `${KEYS_VARIABLE}: entry ${position} needs the form <id>:<base64 key>, ` +
        'with an id of letters, digits, "-" or "_" (at most 32)'
    );
  }
  const key = decodeBase64(entry.slice(separator + 1).trim());
  if (!key || key.length !== MASTER_KEY_BYTES) {
    throw new FormsKeyError(
      `${KEYS_VARIABLE}: the key "${id}" is not ${MASTER_KEY_BYTES} bytes of base64; ${GENERATE_HINT}`
    );
  }
  return [id, key];
};

const parseKeys = (value: string | undefined): Map<string, Buffer> => {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) {
    throw new FormsKeyError(
      `${KEYS_VARIABLE} is not set: it holds the master keys as <id>:<base64 key>, comma-separated; ${GENERATE_HINT}`
    );
  }
  const keys = new Map<string, Buffer>();
  entries.forEach((entry, index) => {
    const [id, key] = parseKeyEntry(entry, index + 1);
    if (keys.has(id)) {
      throw new FormsKeyError(`${KEYS_VARIABLE}: the key id "${id}" appears twice`);
    }
    keys.set(id, key);
  });
  return keys;
};

const parseActiveKeyId = (value: string | undefined, keys: Map<string, Buffer>): string => {
  const id = value?.trim() ?? '';
  if (!id) {
    throw new FormsKeyError(
      `${ACTIVE_KEY_VARIABLE} is not set: it names the key of ${KEYS_VARIABLE} that encrypts new records`
    );
  }
  if (!keys.has(id)) {
    throw new FormsKeyError(`${ACTIVE_KEY_VARIABLE} names "${id}", which ${KEYS_VARIABLE} lacks`);
  }
  return id;
};

const parseHmacSecret = (value: string | undefined, keys: Map<string, Buffer>): Buffer => {
  const text = value?.trim() ?? '';
  if (!text) {
    throw new FormsKeyError(`${HMAC_SECRET_VARIABLE} is not set; ${GENERATE_HINT}`);
  }
  const secret = decodeBase64(text);
  if (!secret || secret.length < MIN_HMAC_SECRET_BYTES) {
    throw new FormsKeyError(
      `${HMAC_SECRET_VARIABLE} is not base64 of at least ${MIN_HMAC_SECRET_BYTES} bytes; ${GENERATE_HINT}`
    );
  }
  // One secret in two roles would tie the hashes' safety to the keys' and back.
  if ([...keys.values()].some((key) => key.equals(secret))) {
    throw new FormsKeyError(
      `${HMAC_SECRET_VARIABLE} must differ from every key of ${KEYS_VARIABLE}`
    );
  }
  return secret;
};

/**
 * Reads the forms' keyring: `TEILHABE_FORMS_KEYS` (`<id>:<base64 of 32
 * bytes>`, comma-separated), `TEILHABE_FORMS_ACTIVE_KEY` (one of those ids)
 * and `TEILHABE_FORMS_HMAC_SECRET` (base64 of at least 32 bytes).
 * @param env the process environment
 * @returns the keyring
 * @throws FormsKeyError naming the variable that is missing or invalid (never its value)
 */
export const keyringFromEnv = (env: NodeJS.ProcessEnv): Keyring => {
  const keys = parseKeys(env[KEYS_VARIABLE]);
  return {
    activeKeyId: parseActiveKeyId(env[ACTIVE_KEY_VARIABLE], keys),
    keys,
    hmacSecret: parseHmacSecret(env[HMAC_SECRET_VARIABLE], keys),
  };
};
