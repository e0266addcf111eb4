import { randomBytes } from 'node:crypto';
import type { Keyring } from '../keyring';

/** A keyring of fresh random keys with the given ids; the first is active unless named. */
export const testKeyring = (ids: string[] = ['k1'], activeKeyId = ids[0]!): Keyring => ({
  activeKeyId,
  keys: new Map(ids.map((id) => [id, randomBytes(32)])),
  hmacSecret: randomBytes(32),
});

/** The same keys under another active key, or without some keys. */
export const withKeys = (keyring: Keyring, ids: string[], activeKeyId: string): Keyring => ({
  ...keyring,
  activeKeyId,
  keys: new Map(ids.map((id) => [id, keyring.keys.get(id) ?? randomBytes(32)])),
});
