import { randomBytes } from 'node:crypto';
import { FormsKeyError, keyringFromEnv } from '../keyring';

const key = () => randomBytes(32).toString('base64');
const hmac = randomBytes(48).toString('base64');
const k1 = key();
const k2 = key();
const valid = {
  TEILHABE_FORMS_KEYS: `k1:${k1}, k2:${k2}`,
  TEILHABE_FORMS_ACTIVE_KEY: 'k2',
  TEILHABE_FORMS_HMAC_SECRET: hmac,
};

const failure = (env: NodeJS.ProcessEnv): FormsKeyError => {
  try {
    keyringFromEnv(env);
  } catch (error) {
    if (error instanceof FormsKeyError) {
      return error;
    }
    throw error;
  }
  throw new Error('no error');
};

describe('keyringFromEnv', () => {
  test('reads every key, the active id and the HMAC secret', () => {
    const keyring = keyringFromEnv(valid);
    expect(keyring.activeKeyId).toBe('k2');
    expect([...keyring.keys.keys()]).toEqual(['k1', 'k2']);
    expect(keyring.keys.get('k1')!.equals(Buffer.from(k1, 'base64'))).toBe(true);
    expect(keyring.keys.get('k2')!.equals(Buffer.from(k2, 'base64'))).toBe(true);
    expect(keyring.hmacSecret.length).toBe(48);
  });

  test.each([
    ['keys missing', { ...valid, TEILHABE_FORMS_KEYS: undefined }, 'TEILHABE_FORMS_KEYS'],
    ['keys empty', { ...valid, TEILHABE_FORMS_KEYS: ' , ' }, 'TEILHABE_FORMS_KEYS'],
    ['an entry without id', { ...valid, TEILHABE_FORMS_KEYS: k1 }, 'TEILHABE_FORMS_KEYS'],
    ['a bad id', { ...valid, TEILHABE_FORMS_KEYS: `k 1:${k1}` }, 'TEILHABE_FORMS_KEYS'],
    [
      'a short key',
      { ...valid, TEILHABE_FORMS_KEYS: `k2:${randomBytes(16).toString('base64')}` },
      'TEILHABE_FORMS_KEYS',
    ],
    [
      'a key that is not base64',
      { ...valid, TEILHABE_FORMS_KEYS: `k2:${'*'.repeat(44)}` },
      'TEILHABE_FORMS_KEYS',
    ],
    [
      'a key id twice',
      { ...valid, TEILHABE_FORMS_KEYS: `k2:${k1},k2:${k2}` },
      'TEILHABE_FORMS_KEYS',
    ],
    ['no active key', { ...valid, TEILHABE_FORMS_ACTIVE_KEY: '' }, 'TEILHABE_FORMS_ACTIVE_KEY'],
    [
      'an unknown active key',
      { ...valid, TEILHABE_FORMS_ACTIVE_KEY: 'k3' },
      'TEILHABE_FORMS_ACTIVE_KEY',
    ],
    [
      'no HMAC secret',
      { ...valid, TEILHABE_FORMS_HMAC_SECRET: undefined },
      'TEILHABE_FORMS_HMAC_SECRET',
    ],
    [
      'a short HMAC secret',
      { ...valid, TEILHABE_FORMS_HMAC_SECRET: randomBytes(31).toString('base64') },
      'TEILHABE_FORMS_HMAC_SECRET',
    ],
    [
      'the HMAC secret equal to a key',
      { ...valid, TEILHABE_FORMS_HMAC_SECRET: k1 },
      'TEILHABE_FORMS_HMAC_SECRET',
    ],
  ])('refuses %s, naming the variable and never a value', (_, env, variable) => {
    const error = failure(env);
    expect(error.message).toContain(variable);
    for (const secret of [k1, k2, hmac]) {
      expect(error.message).not.toContain(secret);
      expect(error.message).not.toContain(secret.slice(0, 12));
    }
  });
});
