import { STATUS_DEFAULT_PROGRESS, type MeasureStatus } from './constants';

/** Where a measure's shown progress comes from. */
export type ProgressSource = 'given' | 'status' | 'sub_measures' | 'none';

export interface ProgressInput {
  documentId: string;
  status: MeasureStatus;
  progressPercent: number | null;
  weight: number;
  /** documentIds of its published sub-measures. */
  children: readonly string[];
}

export interface Progress {
  percent: number | null;
  source: ProgressSource;
}

/**
 * The progress of every measure. A measure with sub-measures rolls up from
 * them, weighted by their `weight` (sub-measures without a number are left
 * out; none with a number: no number); else the percentage the editors gave;
 * else the default of its status (done 100, proposed/planned 0, others none).
 * A cycle in the tree (a measure its own ancestor) ends the roll-up there.
 * @param measures the published measures, by documentId
 * @returns the progress by documentId
 */
export const rollUpProgress = (
  measures: ReadonlyMap<string, ProgressInput>
): Map<string, Progress> => {
  const done = new Map<string, Progress>();
  const visiting = new Set<string>();
  const own = (measure: ProgressInput): Progress => {
    if (measure.progressPercent !== null && measure.progressPercent !== undefined) {
      return { percent: measure.progressPercent, source: 'given' };
    }
    const fallback = STATUS_DEFAULT_PROGRESS[measure.status] ?? null;
    return fallback === null
      ? { percent: null, source: 'none' }
      : { percent: fallback, source: 'status' };
  };
  const visit = (documentId: string): Progress | null => {
    const known = done.get(documentId);
    if (known) {
      return known;
    }
    const measure = measures.get(documentId);
    if (!measure || visiting.has(documentId)) {
      return null;
    }
    visiting.add(documentId);
    let weighted = 0;
    let weights = 0;
    for (const child of measure.children) {
      const progress = visit(child);
      const weight = measures.get(child)?.weight ?? 1;
      if (progress?.percent !== null && progress?.percent !== undefined) {
        weighted += progress.percent * weight;
        weights += weight;
      }
    }
    visiting.delete(documentId);
    const result: Progress =
      measure.children.length === 0
        ? own(measure)
        : weights > 0
          ? { percent: Math.round(weighted / weights), source: 'sub_measures' }
          : { percent: null, source: 'none' };
    done.set(documentId, result);
    return result;
  };
  for (const documentId of measures.keys()) {
    visit(documentId);
  }
  return done;
};

/** One change of status, from the revisions: the status and since when it held. */
export interface StatusChange {
  status: MeasureStatus;
  since: string;
}

/**
 * A measure's status history from its published revisions (all locales):
 * each status with the first publish that showed it, consecutive repeats
 * collapsed, oldest first.
 * @param revisions `{ status, revisedAt }` of each revision, in any order
 */
export const statusHistory = (
  revisions: ReadonlyArray<{ status: MeasureStatus | null; revisedAt: string }>
): StatusChange[] => {
  const history: StatusChange[] = [];
  const sorted = [...revisions].sort((a, b) => a.revisedAt.localeCompare(b.revisedAt));
  for (const revision of sorted) {
    if (revision.status && history.at(-1)?.status !== revision.status) {
      history.push({ status: revision.status, since: revision.revisedAt });
    }
  }
  return history;
};
