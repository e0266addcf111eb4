/** What the database holds, read directly, against the references a client was given. */
export interface StoredCheck {
  /** Rows in `teilhabe_submissions`. */
  rows: number;
  /** Stored rows whose reference no client was given (committed, but the answer was lost). */
  storedWithoutAnswer: number;
  /** Given references not found in the database. */
  missing: number;
  /** References given to more than one client. */
  givenTwice: number;
  /** References stored more than once. */
  duplicated: number;
  /** Submissions without exactly one status event, and events without a submission. */
  withoutOneEvent: number;
  eventsWithoutSubmission: number;
}

/**
 * Reads `teilhabe_submissions` and `teilhabe_submission_events` directly
 * (not through the CMS) and compares them with the acknowledged references.
 * @param select a direct query on the database
 * @param acknowledged the references clients were given
 */
export const verifyStored = async (
  select: <T>(sql: string) => Promise<T[]>,
  acknowledged: string[]
): Promise<StoredCheck> => {
  const stored = await select<{ reference: string; n: number | string }>(
    'SELECT reference, COUNT(*) AS n FROM teilhabe_submissions GROUP BY reference'
  );
  const counts = new Map(stored.map((row) => [row.reference, Number(row.n)]));
  const given = new Set(acknowledged);
  const events = await select<{ reference: string; n: number | string }>(
    'SELECT reference, COUNT(*) AS n FROM teilhabe_submission_events GROUP BY reference'
  );
  const eventCounts = new Map(events.map((row) => [row.reference, Number(row.n)]));
  return {
    rows: [...counts.values()].reduce((sum, n) => sum + n, 0),
    storedWithoutAnswer: [...counts.keys()].filter((reference) => !given.has(reference)).length,
    missing: [...given].filter((reference) => !counts.has(reference)).length,
    givenTwice: acknowledged.length - given.size,
    duplicated: [...counts.values()].filter((n) => n > 1).length,
    withoutOneEvent: [...counts.keys()].filter((reference) => eventCounts.get(reference) !== 1)
      .length,
    eventsWithoutSubmission: [...eventCounts.keys()].filter((reference) => !counts.has(reference))
      .length,
  };
};
