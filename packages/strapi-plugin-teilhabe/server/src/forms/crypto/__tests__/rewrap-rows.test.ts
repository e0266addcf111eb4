import { open, seal } from '../envelope';
import { planRewrap, type WrappedKeyRow } from '../rewrap-rows';
import { testKeyring, withKeys } from './keyring-fixture';

const aad = (id: number) => `submission:${id}`;
const text = (id: number) => Buffer.from(`Antwort ${id}`, 'utf8');

describe('planRewrap', () => {
  const old = testKeyring(['k1']);
  const rotating = withKeys(old, ['k1', 'k2'], 'k2');
  const stranger = testKeyring(['k0']);

  const records = new Map([
    [1, seal(text(1), old, aad(1))],
    [2, seal(text(2), rotating, aad(2))],
    [3, seal(text(3), old, aad(3))],
    [5, seal(text(5), stranger, aad(5))],
  ]);
  const rows: WrappedKeyRow[] = [
    ...[...records].map(([id, record]) => ({
      id,
      wrappedKey: record.wrappedKey,
      keyId: record.keyId,
    })),
    { id: 4, wrappedKey: null, keyId: null },
  ];

  test('re-wraps the rows under other keys, leaves current, empty and unknown ones, and counts them', () => {
    const { changes, counts } = planRewrap(rows, rotating);
    expect(counts).toEqual({ rewrapped: 2, current: 1, empty: 1, failed: 1, changedMeanwhile: 0 });
    expect(changes.map((change) => change.id)).toEqual([1, 3]);
    for (const change of changes) {
      const record = records.get(change.id as number)!;
      expect(change.previous).toEqual({ wrappedKey: record.wrappedKey, keyId: 'k1' });
      expect(change.next.keyId).toBe('k2');
    }
  });

  test('after applying the plan every record opens without the old key, and a second pass changes nothing', () => {
    const { changes } = planRewrap(rows, rotating);
    const applied = rows.map((row) => {
      const change = changes.find((candidate) => candidate.id === row.id);
      return change ? { id: row.id, ...change.next } : row;
    });
    const newOnly = withKeys(rotating, ['k2'], 'k2');
    for (const id of [1, 2, 3]) {
      const row = applied.find((candidate) => candidate.id === id)!;
      const record = {
        ...records.get(id)!,
        wrappedKey: row.wrappedKey as string,
        keyId: row.keyId as string,
      };
      expect(open(record, newOnly, aad(id)).equals(text(id))).toBe(true);
    }
    const again = planRewrap(applied, rotating);
    expect(again.changes).toEqual([]);
    expect(again.counts).toEqual({
      rewrapped: 0,
      current: 3,
      empty: 1,
      failed: 1,
      changedMeanwhile: 0,
    });
  });
});
