import { rewrapKey, SealedRecordError, type WrappedDataKey } from './envelope';
import type { Keyring } from './keyring';

/** A row's id with its sealed value's wrapped key, as read for rotation. */
export interface WrappedKeyRow {
  id: number | string;
  wrappedKey: unknown;
  keyId: unknown;
}

/** What a rotation found and did. Counts only: nothing of the records. */
export interface RewrapCounts {
  /** Wrapped anew with the active key. */
  rewrapped: number;
  /** Already under the active key. */
  current: number;
  /** Without a sealed value (e.g. withdrawn). */
  empty: number;
  /** Under a key the keyring lacks, or with a damaged wrapped key: left as they are. */
  failed: number;
  /** Changed by someone else between reading and writing: left to that writer. */
  changedMeanwhile: number;
}

/** The new wrapped key of one row, and the old one that must still be there when it is written. */
export interface RowRewrap {
  id: number | string;
  previous: WrappedDataKey;
  next: WrappedDataKey;
}

/** @returns counts of zero */
export const emptyCounts = (): RewrapCounts => ({
  rewrapped: 0,
  current: 0,
  empty: 0,
  failed: 0,
  changedMeanwhile: 0,
});

/** Adds `more` into `total`. */
export const addCounts = (total: RewrapCounts, more: Partial<RewrapCounts>): void => {
  for (const key of Object.keys(total) as (keyof RewrapCounts)[]) {
    total[key] += more[key] ?? 0;
  }
};

const wrappedKeyOf = (row: WrappedKeyRow): WrappedDataKey | null =>
  typeof row.wrappedKey === 'string' && row.wrappedKey && typeof row.keyId === 'string' && row.keyId
    ? { wrappedKey: row.wrappedKey, keyId: row.keyId }
    : null;

/**
 * Plans the key rotation of some rows: the data key of every row under
 * another key than the active one is wrapped anew; rows already under the
 * active key are left alone, so that a second run changes nothing.
 * @param rows rows of one sealed value
 * @param keyring holds the active key and every key the rows name
 * @returns the changes to write and the counts
 */
export const planRewrap = (
  rows: readonly WrappedKeyRow[],
  keyring: Keyring
): { changes: RowRewrap[]; counts: RewrapCounts } => {
  const counts = emptyCounts();
  const changes: RowRewrap[] = [];
  for (const row of rows) {
    const previous = wrappedKeyOf(row);
    if (!previous) {
      counts.empty += 1;
    } else if (previous.keyId === keyring.activeKeyId) {
      counts.current += 1;
    } else {
      try {
        changes.push({ id: row.id, previous, next: rewrapKey(previous, keyring) });
        counts.rewrapped += 1;
      } catch (error) {
        if (!(error instanceof SealedRecordError)) {
          throw error;
        }
        counts.failed += 1;
      }
    }
  }
  return { changes, counts };
};
