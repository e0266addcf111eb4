import { signToken, verifyToken } from '../tokens';
import { testKeyring } from './keyring-fixture';

interface RenderToken {
  form: string;
  version: number;
  iat: number;
  exp?: number;
}

const ISSUED = new Date('2026-03-02T10:00:00Z');
const later = (seconds: number) => new Date(ISSUED.getTime() + seconds * 1000);

describe('signed tokens', () => {
  const keyring = testKeyring();
  const token = signToken(keyring, { form: 'kita', version: 3 }, { now: ISSUED });

  test('verify returns the payload with the issue time', () => {
    expect(verifyToken<RenderToken>(keyring, token, { now: later(30) })).toEqual({
      form: 'kita',
      version: 3,
      iat: ISSUED.getTime() / 1000,
    });
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  test('a changed payload, a changed signature or another secret fails', () => {
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const forged = Buffer.from(
      JSON.stringify({ form: 'kita', version: 4, iat: ISSUED.getTime() / 1000 })
    ).toString('base64url');
    expect(verifyToken(keyring, `${header}.${forged}.${signature}`, { now: later(30) })).toBeNull();
    const otherSignature = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    expect(
      verifyToken(keyring, `${header}.${payload}.${otherSignature}`, { now: later(30) })
    ).toBeNull();
    expect(verifyToken(testKeyring(), token, { now: later(30) })).toBeNull();
    expect(verifyToken(keyring, 'not a token')).toBeNull();
  });

  test('an unsigned token (alg none) fails', () => {
    const [, payload] = token.split('.') as [string, string];
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(verifyToken(keyring, `${none}.${payload}.`, { now: later(30) })).toBeNull();
  });

  test('a token of one purpose is no token of another', () => {
    const preview = signToken(keyring, { form: 'kita' }, { purpose: 'preview', now: ISSUED });
    expect(verifyToken(keyring, preview, { now: later(1) })).toBeNull();
    expect(verifyToken(keyring, preview, { purpose: 'preview', now: later(1) })).not.toBeNull();
    expect(verifyToken(keyring, token, { purpose: 'preview', now: later(1) })).toBeNull();
  });

  test('expires after its lifetime, and is refused past a maximum age', () => {
    const short = signToken(keyring, { form: 'kita' }, { expiresInSeconds: 600, now: ISSUED });
    expect(verifyToken<RenderToken>(keyring, short, { now: later(599) })?.exp).toBe(
      ISSUED.getTime() / 1000 + 600
    );
    expect(verifyToken(keyring, short, { now: later(600) })).toBeNull();
    expect(verifyToken(keyring, token, { maxAgeSeconds: 3600, now: later(3599) })).not.toBeNull();
    expect(verifyToken(keyring, token, { maxAgeSeconds: 3600, now: later(3601) })).toBeNull();
  });
});
