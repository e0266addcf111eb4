import type { LocalizedText } from '../directory/localized-text';
import type { MeasureStatus } from './constants';
import type { Progress, StatusChange } from './progress';
import { relatedId, relatedIds, textOf, titleOf, translationOf, type Entry } from './published';

/** What every public concept document carries. */
interface Common {
  documentId: string;
  slug: string;
  isSampleContent: boolean;
  /** Of the asked locale's version; null where only German exists. */
  translationStatus: string | null;
}

export interface EditionView extends Common {
  title: LocalizedText;
  summary: LocalizedText | null;
  stage: string;
  issuedOn: string | null;
}

export interface GoalView extends Common {
  title: LocalizedText;
  description: LocalizedText | null;
}

export interface FieldOfActionView extends Common {
  title: LocalizedText;
  description: LocalizedText | null;
  position: number;
  goals: GoalView[];
  measureCount: number;
}

export interface ChapterEntryView extends Common {
  title: LocalizedText;
  summary: LocalizedText | null;
  number: string;
  depth: number;
  parentSlug: string | null;
  hasEasyText: boolean;
  fieldsOfAction: string[];
  body: LocalizedText | null;
}

export interface MeasureSummaryView extends Common {
  title: LocalizedText;
  summary: LocalizedText | null;
  status: MeasureStatus;
  progress: number | null;
  progressSource: Progress['source'];
  fieldOfAction: { slug: string; title: LocalizedText } | null;
  goal: { slug: string; title: LocalizedText } | null;
  weight: number;
}

const common = (entry: Entry): Common => ({
  documentId: entry.documentId,
  slug: String(entry.german.slug),
  isSampleContent: entry.german.isSampleContent === true,
  translationStatus: translationOf(entry),
});

/** An edition as the public sees it. */
export const editionView = (entry: Entry): EditionView => ({
  ...common(entry),
  title: titleOf(entry),
  summary: textOf(entry, 'summary'),
  stage: String(entry.german.stage ?? 'draft'),
  issuedOn: (entry.german.issuedOn as string | null) ?? null,
});

/** A goal as the public sees it. */
export const goalView = (entry: Entry): GoalView => ({
  ...common(entry),
  title: titleOf(entry),
  description: textOf(entry, 'description'),
});

/** A field of action with its goals (in order) and how many measures it has. */
export const fieldOfActionView = (
  entry: Entry,
  goals: readonly Entry[],
  measureCount: number
): FieldOfActionView => ({
  ...common(entry),
  title: titleOf(entry),
  description: textOf(entry, 'description'),
  position: Number(entry.german.position ?? 0),
  goals: goals
    .filter((goal) => relatedId(goal.german, 'fieldOfAction') === entry.documentId)
    .sort(
      (a, b) =>
        Number(a.german.position ?? 0) - Number(b.german.position ?? 0) ||
        String(a.german.slug).localeCompare(String(b.german.slug))
    )
    .map(goalView),
  measureCount,
});

/** A chapter in the table of contents; its body only where asked for (the print edition). */
export const chapterEntryView = (
  entry: Entry,
  placed: { number: string; depth: number },
  parentSlug: string | null,
  fieldSlugs: string[],
  withBody: boolean
): ChapterEntryView => ({
  ...common(entry),
  title: titleOf(entry),
  summary: textOf(entry, 'summary'),
  number: placed.number,
  depth: placed.depth,
  parentSlug,
  hasEasyText: Boolean(textOf(entry, 'easyText')),
  fieldsOfAction: fieldSlugs,
  body: withBody ? textOf(entry, 'body') : null,
});

/** A measure in lists. */
export const measureSummaryView = (
  entry: Entry,
  progress: Progress,
  fields: ReadonlyMap<string, Entry>,
  goals: ReadonlyMap<string, Entry>
): MeasureSummaryView => {
  const field = fields.get(relatedId(entry.german, 'fieldOfAction') ?? '');
  const goal = goals.get(relatedId(entry.german, 'goal') ?? '');
  return {
    ...common(entry),
    title: titleOf(entry),
    summary: textOf(entry, 'summary'),
    status: (entry.german.implementationStatus as MeasureStatus) ?? 'proposed',
    progress: progress.percent,
    progressSource: progress.source,
    fieldOfAction: field ? { slug: String(field.german.slug), title: titleOf(field) } : null,
    goal: goal ? { slug: String(goal.german.slug), title: titleOf(goal) } : null,
    weight: Number(entry.german.weight ?? 1),
  };
};

export interface ParticipationEventView extends Common {
  title: LocalizedText;
  kind: string;
  date: string;
  format: string;
  participantCount: number | null;
  organiser: LocalizedText | null;
  summary: LocalizedText | null;
  results: LocalizedText | null;
  demands: LocalizedText | null;
  fieldsOfAction: Array<{ slug: string; title: LocalizedText }>;
  measures: MeasureSummaryView[];
}

/** A participation event with the measures that came from it. */
export const participationEventView = (
  entry: Entry,
  fields: ReadonlyMap<string, Entry>,
  measures: readonly MeasureSummaryView[]
): ParticipationEventView => ({
  ...common(entry),
  title: titleOf(entry),
  kind: String(entry.german.kind),
  date: String(entry.german.date),
  format: String(entry.german.format),
  participantCount: (entry.german.participantCount as number | null) ?? null,
  organiser: textOf(entry, 'organiser'),
  summary: textOf(entry, 'summary'),
  results: textOf(entry, 'results'),
  demands: textOf(entry, 'demands'),
  fieldsOfAction: relatedIds(entry.german, 'fieldsOfAction')
    .map((id) => fields.get(id))
    .filter((field): field is Entry => Boolean(field))
    .sort((a, b) => Number(a.german.position ?? 0) - Number(b.german.position ?? 0))
    .map((field) => ({ slug: String(field.german.slug), title: titleOf(field) })),
  measures: [...measures],
});

export interface MilestoneView {
  date: string;
  text: LocalizedText;
  reached: boolean;
}

export interface MeasureView extends MeasureSummaryView {
  description: LocalizedText | null;
  responsibleUnit: LocalizedText | null;
  indicators: LocalizedText | null;
  startDate: string | null;
  endDate: string | null;
  progressPercent: number | null;
  progressUpdatedOn: string | null;
  statusHistory: StatusChange[];
  milestones: MilestoneView[];
  parent: MeasureSummaryView | null;
  subMeasures: MeasureSummaryView[];
  participationEvents: Array<{
    slug: string;
    title: LocalizedText;
    kind: string;
    date: string;
    format: string;
  }>;
  offers: Array<{ slug: string; title: LocalizedText }>;
  availableLocales: string[];
}
