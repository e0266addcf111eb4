import { diffWords } from 'diff';

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
 * Compares two texts word by word with the `diff` library. Words are found
 * by `Intl.Segmenter` in the text's language: the library's own rule knows
 * Latin letters only and would compare Arabic or Cyrillic letter by letter.
 * @param before the older text (empty when the field was missing)
 * @param after the newer text
 * @param language the texts' language (BCP 47)
 */
export function wordDiff(before: string, after: string, language = 'de'): DiffSegment[] {
  const intlSegmenter = new Intl.Segmenter(language, { granularity: 'word' });
  return diffWords(before, after, { intlSegmenter }).map((change) => ({
    kind: change.added ? 'inserted' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/**
 * The word-level comparison of each field of two revisions, in the given order.
 * @param fields the fields to compare
 * @param before the older revision's texts
 * @param after the newer revision's texts
 * @param language the revisions' language (BCP 47)
 */
export function diffFields(
  fields: readonly string[],
  before: Record<string, string | null | undefined>,
  after: Record<string, string | null | undefined>,
  language = 'de'
): FieldDiff[] {
  return fields
    .filter((field) => before[field] || after[field])
    .map((field) => {
      const segments = wordDiff(before[field] ?? '', after[field] ?? '', language);
      return { field, changed: segments.some((segment) => segment.kind !== 'same'), segments };
    });
}
