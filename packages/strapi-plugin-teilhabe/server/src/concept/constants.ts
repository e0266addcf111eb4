import { DEFAULT_LOCALE } from '@teilhabe/locales';

/** UIDs of the integration concept's content types. */
export const CONCEPT_UIDS = {
  edition: 'plugin::teilhabe.concept-edition',
  chapter: 'plugin::teilhabe.concept-chapter',
  fieldOfAction: 'plugin::teilhabe.field-of-action',
  goal: 'plugin::teilhabe.concept-goal',
  measure: 'plugin::teilhabe.concept-measure',
  milestone: 'plugin::teilhabe.concept-milestone',
  participationEvent: 'plugin::teilhabe.participation-event',
  revision: 'plugin::teilhabe.concept-revision',
} as const;

export type ConceptUid = (typeof CONCEPT_UIDS)[keyof typeof CONCEPT_UIDS];

/** Types whose every publish stores a revision with the editor's change note. */
export const REVISED_UIDS = {
  [CONCEPT_UIDS.chapter]: 'chapter',
  [CONCEPT_UIDS.measure]: 'measure',
} as const;

export type RevisedUid = keyof typeof REVISED_UIDS;
export type RevisionKind = (typeof REVISED_UIDS)[RevisedUid];

export const isRevisedUid = (uid: string): uid is RevisedUid => uid in REVISED_UIDS;

export const isConceptUid = (uid: string): uid is ConceptUid =>
  Object.values(CONCEPT_UIDS).includes(uid as ConceptUid);

/**
 * Structure (tree, order, relations, statuses, dates, percentages) is shared
 * by all locales and read from the German version, as in the directory:
 * Strapi 5 keeps relations per locale.
 */
export const CANONICAL_LOCALE = DEFAULT_LOCALE;

/** A measure's statuses, in the order of its life. */
export const MEASURE_STATUSES = [
  'proposed',
  'planned',
  'in_progress',
  'done',
  'paused',
  'dropped',
] as const;

export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/**
 * The progress a status stands for where the editors gave no percentage:
 * nothing is done before work starts and all of it when done; a paused or
 * dropped measure shows no number rather than a misleading one.
 */
export const STATUS_DEFAULT_PROGRESS: Record<MeasureStatus, number | null> = {
  proposed: 0,
  planned: 0,
  in_progress: null,
  done: 100,
  paused: null,
  dropped: null,
};

/** Bounds of the public concept queries. */
export const MAX_PAGE_SIZE = 50;
export const DEFAULT_PAGE_SIZE = 20;
/** At most this many rows of one type are read for one answer (a table of contents, a feed). */
export const MAX_ROWS = 500;
