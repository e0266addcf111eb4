/** A measure's statuses in the order of its life (as the CMS names them). */
export const MEASURE_STATUSES = [
  'proposed',
  'planned',
  'in_progress',
  'done',
  'paused',
  'dropped',
] as const;

export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** The fields a revision compares, per kind, in reading order. */
export const REVISION_FIELDS = {
  chapter: ['title', 'summary', 'body', 'easyText'],
  measure: ['title', 'summary', 'description', 'responsibleUnit', 'indicators'],
} as const;
