import jwt from 'jsonwebtoken';
import { purposeKey } from './keyed-hash';
import type { Keyring } from './keyring';

const ALGORITHM = 'HS256';

export interface SignOptions {
  /** Tokens of one purpose (`render`, `preview`, …) never verify as another's. Default `render`. */
  purpose?: string;
  /** Seconds until the token expires; without it, only `maxAgeSeconds` at verification limits it. */
  expiresInSeconds?: number;
  /** The issue time (`iat`); default now. */
  now?: Date;
}

export interface VerifyOptions {
  purpose?: string;
  /** Refuse tokens issued longer ago than this. */
  maxAgeSeconds?: number;
  /** The time to check against; default now. */
  now?: Date;
}

const seconds = (date: Date | undefined): number =>
  Math.floor((date ?? new Date()).getTime() / 1000);

const signingKey = (keyring: Keyring, purpose = 'render'): Buffer =>
  purposeKey(keyring, `token:${purpose}`);

/**
 * A compact signed token (a JWT, HMAC-SHA-256 under a key of the purpose's
 * own), e.g. the render token: form id, version, issued at.
 * @param keyring the forms' keyring
 * @param payload a plain object of JSON values; `iat` (seconds) is added
 * @param options purpose, lifetime, issue time
 * @returns the token, URL-safe
 */
export const signToken = (keyring: Keyring, payload: object, options: SignOptions = {}): string =>
  jwt.sign({ ...payload, iat: seconds(options.now) }, signingKey(keyring, options.purpose), {
    algorithm: ALGORITHM,
    ...(options.expiresInSeconds === undefined ? {} : { expiresIn: options.expiresInSeconds }),
  });

/**
 * Checks a token made by `signToken`: signature, purpose, expiry and age.
 * The caller checks the payload's shape.
 * @param keyring the forms' keyring
 * @param token as received
 * @param options purpose, maximum age, the time to check against
 * @returns the payload with `iat` (and `exp` when set), or `null` when the token does not hold
 */
export const verifyToken = <T>(
  keyring: Keyring,
  token: string,
  options: VerifyOptions = {}
): T | null => {
  try {
    const payload = jwt.verify(token, signingKey(keyring, options.purpose), {
      algorithms: [ALGORITHM],
      clockTimestamp: seconds(options.now),
      ...(options.maxAgeSeconds === undefined ? {} : { maxAge: options.maxAgeSeconds }),
    });
    return typeof payload === 'object' ? (payload as T) : null;
  } catch {
    return null;
  }
};
