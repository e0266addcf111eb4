import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ensureDemoEnv } from '../tasks/demo-env.mjs';

const FORMS_VARIABLES = [
  'TEILHABE_FORMS_KEYS',
  'TEILHABE_FORMS_ACTIVE_KEY',
  'TEILHABE_FORMS_HMAC_SECRET',
];

describe('the demo environment', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'teilhabe-demo-env-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test('a new file holds the forms keyring, and a second start reads the same', () => {
    const file = path.join(dir, '.env.demo');
    const first = ensureDemoEnv(file);
    for (const variable of FORMS_VARIABLES) {
      expect(first[variable]).toBeTruthy();
    }
    expect(first.TEILHABE_FORMS_KEYS).toMatch(
      new RegExp(`^${first.TEILHABE_FORMS_ACTIVE_KEY}:[A-Za-z0-9+/]{43}=$`)
    );
    expect(ensureDemoEnv(file)).toEqual(first);
  });

  test('a file from before the forms gets the keyring appended and keeps its values', () => {
    const file = path.join(dir, '.env.demo');
    writeFileSync(file, 'APP_KEYS=a,b\nTEILHABE_CHANGE_SECRET=whsec_x\n');
    const env = ensureDemoEnv(file);
    expect(env).toMatchObject({ APP_KEYS: 'a,b', TEILHABE_CHANGE_SECRET: 'whsec_x' });
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('APP_KEYS=a,b\nTEILHABE_CHANGE_SECRET=whsec_x\n')).toBe(true);
    for (const variable of FORMS_VARIABLES) {
      expect(text).toContain(`${variable}=${env[variable]}\n`);
    }
    expect(ensureDemoEnv(file)).toEqual(env);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  test('existing keys stay; only what is missing is added', () => {
    const file = path.join(dir, '.env.demo');
    writeFileSync(file, 'TEILHABE_CHANGE_SECRET=whsec_x\nTEILHABE_FORMS_KEYS=old:abc=\n');
    const env = ensureDemoEnv(file);
    expect(env.TEILHABE_FORMS_KEYS).toBe('old:abc=');
    expect(env.TEILHABE_FORMS_ACTIVE_KEY).toBe('old');
    expect(env.TEILHABE_FORMS_HMAC_SECRET).toBeTruthy();
  });
});
