/**
 * Small-cell suppression of published counts (P-14): a count below the
 * threshold is published as "fewer than 5", never as its number, and no
 * total is published from which a suppressed number could be worked out.
 */

/** Counts below this are not revealed. */
export const STATISTICS_THRESHOLD = 5;

/** A published count: its number from the threshold up, else only that it is below. */
export interface PublishedCount {
  count: number | null;
  fewerThanThreshold: boolean;
}

/** One quarter of one field as published: a count per option and the total. */
export interface PublishedQuarter {
  quarter: string;
  cells: Array<{ option: string } & PublishedCount>;
  /** Null when withheld: some count of the quarter is suppressed. */
  total: number | null;
}

/**
 * A count as published.
 * @param count the true count, 0 or more
 */
export const publishedCount = (count: number): PublishedCount =>
  count >= STATISTICS_THRESHOLD
    ? { count, fewerThanThreshold: false }
    : { count: null, fewerThanThreshold: true };

/**
 * The quarters of a form's statistical fields as published. A total is the
 * sum of the shown counts and adds nothing to them: it is published only
 * when no count of that quarter is suppressed, in any statistical field of
 * the form. Otherwise "total minus the shown counts" would give the
 * suppressed number back; and as two required fields of one form have the
 * same total, a total of one field would do the same for the other.
 * @param quarters the quarters, oldest first
 * @param fields per field key, its options in order
 * @param counts the true counts: `<field>\0<option>\0<quarter>` → count
 * @returns per field key, its published quarters
 */
export const suppressSmallCounts = (
  quarters: readonly string[],
  fields: ReadonlyMap<string, readonly string[]>,
  counts: ReadonlyMap<string, number>
): Map<string, PublishedQuarter[]> => {
  const countOf = (field: string, option: string, quarter: string) =>
    counts.get(`${field}\0${option}\0${quarter}`) ?? 0;
  const complete = new Set(
    quarters.filter((quarter) =>
      [...fields].every(([field, options]) =>
        options.every((option) => countOf(field, option, quarter) >= STATISTICS_THRESHOLD)
      )
    )
  );
  return new Map(
    [...fields].map(([field, options]) => [
      field,
      quarters.map((quarter) => ({
        quarter,
        cells: options.map((option) => ({
          option,
          ...publishedCount(countOf(field, option, quarter)),
        })),
        total: complete.has(quarter)
          ? options.reduce((sum, option) => sum + countOf(field, option, quarter), 0)
          : null,
      })),
    ])
  );
};
