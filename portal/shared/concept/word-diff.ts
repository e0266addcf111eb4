import { diffWordsWithSpace } from 'diff';

/** A run of a word-level comparison: kept, inserted or removed. */
export interface DiffSegment {
  kind: 'same' | 'inserted' | 'removed';
  text: string;
}

/** A compared field: its segments, and whether anything changed. */
export interface FieldDiff {
  field: string;
  changed: boolean;
  segments: DiffSegment[];
}

/**
 * Compares two texts word by word (whitespace kept), with the `diff`
 * library: words are split by Unicode-aware rules, so Arabic, Cyrillic and
 * German compound words are compared as whole words.
 * @param before the older text (empty when the field was missing)
 * @param after the newer text
 */
export function wordDiff(before: string, after: string): DiffSegment[] {
  return diffWordsWithSpace(before, after).map((change) => ({
    kind: change.added ? 'inserted' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/**
 * The word-level comparison of each field of two revisions, in the given order.
 * @param fields the fields to compare
 * @param before the older revision's texts
 * @param after the newer revision's texts
 */
export function diffFields(
  fields: readonly string[],
  before: Record<string, string | null | undefined>,
  after: Record<string, string | null | undefined>
): FieldDiff[] {
  return fields
    .filter((field) => before[field] || after[field])
    .map((field) => {
      const segments = wordDiff(before[field] ?? '', after[field] ?? '');
      return { field, changed: segments.some((segment) => segment.kind !== 'same'), segments };
    });
}
