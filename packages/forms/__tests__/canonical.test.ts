import { canonicalSnapshot, formSnapshotSchema, type FormSnapshot } from '../src/index.ts';
import { snapshotHash } from '../src/node.ts';
import { definition, text } from './fixture.ts';

const snapshot: FormSnapshot = formSnapshotSchema.parse({
  formId: 'form-1',
  slug: 'kita-anmeldung',
  version: 3,
  hash: '0'.repeat(64),
  publishedAt: '2026-06-15T10:00:00.000Z',
  settings: {
    anonymous: false,
    specialCategoryData: true,
    legalBasis: 'Art. 6 Abs. 1 lit. e DSGVO',
    retentionDays: 365,
    opensAt: null,
    closesAt: null,
    submissionLimit: null,
  },
  texts: {
    title: text('A', 'أ'),
    intro: text('B', 'ب'),
    privacyNotice: text('C', 'ج'),
    confirmation: text('D', 'د'),
  },
  definition,
});

/** The same value with every object's keys in reverse order. */
const reversed = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(reversed)
    : typeof value === 'object' && value !== null
      ? Object.fromEntries(
          Object.entries(value)
            .reverse()
            .map(([key, item]) => [key, reversed(item)])
        )
      : value;

test('the canonical JSON sorts keys and leaves out hash and publishedAt', () => {
  const json = canonicalSnapshot(snapshot);
  expect(json).not.toContain('publishedAt');
  expect(json).not.toContain('"hash"');
  expect(json.startsWith('{"definition":{"askForInterpreter":true,')).toBe(true);
  expect(canonicalSnapshot(reversed(snapshot) as FormSnapshot)).toBe(json);
});

test('the hash is SHA-256 of it: the same for any key order, another for any change', () => {
  const hash = snapshotHash(snapshot);
  expect(hash).toMatch(/^[0-9a-f]{64}$/);
  expect(snapshotHash(reversed(snapshot) as FormSnapshot)).toBe(hash);
  expect(
    snapshotHash({ ...snapshot, hash: 'f'.repeat(64), publishedAt: '2027-01-01T00:00:00.000Z' })
  ).toBe(hash);
  expect(snapshotHash({ ...snapshot, version: 4 })).not.toBe(hash);
  expect(
    snapshotHash({ ...snapshot, texts: { ...snapshot.texts, title: text('A', 'ا') } })
  ).not.toBe(hash);
});

test('a known value: the hash of the canonical text, computed independently', async () => {
  const { createHash } = await import('node:crypto');
  expect(snapshotHash(snapshot)).toBe(
    createHash('sha256').update(canonicalSnapshot(snapshot)).digest('hex')
  );
  expect(canonicalSnapshot({ ...snapshot, version: 1e21 } as FormSnapshot)).toContain(
    '"version":1e+21'
  );
});
