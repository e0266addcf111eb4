import path from 'node:path';
import { LOCALE_CODES, type LocaleCode } from '@teilhabe/locales';
import { z } from 'zod';
import { DataReader } from './data-files';

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase letters, digits and hyphens');
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date is YYYY-MM-DD');
const status = z.enum(['proposed', 'planned', 'in_progress', 'done', 'paused', 'dropped']);

const measureShared = z.strictObject({
  slug,
  fieldOfAction: slug,
  goal: slug.optional(),
  parent: slug.optional(),
  status: status.optional(),
  progressPercent: z.number().int().min(0).max(100).optional(),
  progressUpdatedOn: date.optional(),
  startDate: date.optional(),
  endDate: date.optional(),
  weight: z.number().int().min(1).max(100).optional(),
  events: z.array(slug).optional(),
  offers: z.array(slug).optional(),
  sample: z.boolean().optional(),
  earlier: z.strictObject({ status }).optional(),
});

/** The structure file: what every locale shares. */
export const conceptStructureSchema = z.strictObject({
  edition: z.strictObject({
    slug,
    stage: z.enum(['status_report', 'draft', 'adopted']),
    issuedOn: date.optional(),
  }),
  fieldsOfAction: z.array(z.strictObject({ slug, position: z.number().int().min(0) })).min(1),
  goals: z.array(z.strictObject({ slug, fieldOfAction: slug, position: z.number().int().min(0) })),
  chapters: z
    .array(
      z.strictObject({
        slug,
        parent: slug.optional(),
        position: z.number().int().min(0),
        fieldsOfAction: z.array(slug).optional(),
      })
    )
    .min(1),
  events: z.array(
    z.strictObject({
      slug,
      kind: z.enum(['event', 'workshop', 'survey']),
      date,
      format: z.enum(['on_site', 'online']),
      participantCount: z.number().int().min(0).optional(),
      fieldsOfAction: z.array(slug),
    })
  ),
  measures: z.array(measureShared),
  milestones: z.array(z.strictObject({ key: slug, measure: slug, date, reached: z.boolean() })),
});

const text = z.string().min(1);
const note = { changeNote: text };

const chapterTexts = z.strictObject({
  title: text.optional(),
  summary: text.optional(),
  body: text.optional(),
  easyText: text.optional(),
  easyTextKind: z.enum(['easy_language', 'plain_language']).optional(),
  easyTextCheckedBy: text.optional(),
  ...note,
});
const measureTexts = z.strictObject({
  title: text.optional(),
  summary: text.optional(),
  description: text.optional(),
  responsibleUnit: text.optional(),
  indicators: text.optional(),
  ...note,
});

/** A text file: one locale's texts, keyed by the structure file's slugs. */
export const conceptTextsSchema = z.strictObject({
  translationStatus: z.enum(['source', 'demo_translation', 'reviewed_translation']),
  edition: z.strictObject({ title: text, summary: text.optional() }),
  fieldsOfAction: z.record(slug, z.strictObject({ title: text, description: text.optional() })),
  goals: z.record(slug, z.strictObject({ title: text, description: text.optional() })).optional(),
  chapters: z.record(slug, chapterTexts),
  events: z.record(
    slug,
    z.strictObject({
      title: text,
      organiser: text.optional(),
      summary: text.optional(),
      results: text.optional(),
      demands: text.optional(),
    })
  ),
  measures: z.record(slug, measureTexts),
  milestones: z.record(slug, z.strictObject({ text })).optional(),
  /** How documents read at their first publish, where a second publish edits them. */
  earlier: z
    .strictObject({
      chapters: z.record(slug, chapterTexts.partial()).optional(),
      measures: z.record(slug, measureTexts.partial()).optional(),
    })
    .optional(),
});

export type ConceptStructure = z.infer<typeof conceptStructureSchema>;
export type ConceptTexts = z.infer<typeof conceptTextsSchema>;

/** The demo concept: its structure and the text files that exist, by locale. */
export interface ConceptDemo {
  structure: ConceptStructure;
  texts: Partial<Record<LocaleCode, ConceptTexts>> & { de: ConceptTexts };
}

/**
 * Reads and checks the concept's demo files (`data/concept/`): the
 * structure file, German texts for everything, translations where they
 * exist. Every reference must name a slug of the structure file, and every
 * key of a text file must be one.
 * @param dataDir the demo data folder
 * @throws DemoDataError naming each file and place with a problem
 */
export const loadDemoConcept = (dataDir: string): ConceptDemo => {
  const reader = new DataReader(path.join(dataDir, 'concept'));
  const structure = reader.read('concept.yaml', conceptStructureSchema);
  const texts: Partial<Record<LocaleCode, ConceptTexts>> = {};
  for (const locale of LOCALE_CODES) {
    const file = `concept.${locale}.yaml`;
    if (locale === 'de' || reader.exists(file)) {
      const parsed = reader.read(file, conceptTextsSchema);
      if (parsed) {
        texts[locale] = parsed;
      }
    }
  }
  if (structure) {
    checkReferences(reader, structure, texts);
  }
  reader.throwIfInvalid();
  return { structure: structure!, texts: texts as ConceptDemo['texts'] };
};

const checkReferences = (
  reader: DataReader,
  structure: ConceptStructure,
  texts: Partial<Record<LocaleCode, ConceptTexts>>
): void => {
  const slugs = {
    fieldsOfAction: new Set(structure.fieldsOfAction.map((entry) => entry.slug)),
    goals: new Set(structure.goals.map((entry) => entry.slug)),
    chapters: new Set(structure.chapters.map((entry) => entry.slug)),
    events: new Set(structure.events.map((entry) => entry.slug)),
    measures: new Set(structure.measures.map((entry) => entry.slug)),
    milestones: new Set(structure.milestones.map((entry) => entry.key)),
  };
  const check = (
    at: PropertyKey[],
    kind: keyof typeof slugs,
    refs: readonly (string | undefined)[]
  ) => {
    for (const ref of refs) {
      if (ref !== undefined && !slugs[kind].has(ref)) {
        reader.report('concept.yaml', at, `"${ref}" is not one of the ${kind} in concept.yaml`);
      }
    }
  };
  structure.goals.forEach((goal, index) =>
    check(['goals', index], 'fieldsOfAction', [goal.fieldOfAction])
  );
  structure.chapters.forEach((chapter, index) => {
    check(['chapters', index], 'chapters', [chapter.parent]);
    check(['chapters', index], 'fieldsOfAction', chapter.fieldsOfAction ?? []);
  });
  structure.events.forEach((event, index) =>
    check(['events', index], 'fieldsOfAction', event.fieldsOfAction)
  );
  structure.measures.forEach((measure, index) => {
    check(['measures', index], 'fieldsOfAction', [measure.fieldOfAction]);
    check(['measures', index], 'goals', [measure.goal]);
    check(['measures', index], 'measures', [measure.parent]);
    check(['measures', index], 'events', measure.events ?? []);
    if (
      !measure.sample &&
      ((measure.status ?? 'proposed') !== 'proposed' || measure.progressPercent !== undefined)
    ) {
      reader.report(
        'concept.yaml',
        ['measures', index],
        'the report decides no measure yet: only sample measures ("beispiel-…", sample: true) have another status or a progress'
      );
    }
    if (measure.sample && !measure.slug.startsWith('beispiel-')) {
      reader.report(
        'concept.yaml',
        ['measures', index],
        'a sample measure’s slug starts with "beispiel-"'
      );
    }
  });
  structure.milestones.forEach((milestone, index) =>
    check(['milestones', index], 'measures', [milestone.measure])
  );
  for (const [locale, file] of Object.entries(texts)) {
    const name = `concept.${locale}.yaml`;
    if ((locale === 'de') !== (file.translationStatus === 'source')) {
      reader.report(name, ['translationStatus'], 'German is the source; translations are not');
    }
    for (const kind of [
      'fieldsOfAction',
      'goals',
      'chapters',
      'events',
      'measures',
      'milestones',
    ] as const) {
      const keys = Object.keys(file[kind] ?? {});
      for (const key of keys.filter((candidate) => !slugs[kind].has(candidate))) {
        reader.report(name, [kind, key], `"${key}" is not in concept.yaml`);
      }
      if (locale === 'de') {
        for (const key of keys) {
          const entry = (file[kind] as Record<string, { title?: string; text?: string }>)[key];
          if (!entry?.title && !entry?.text) {
            reader.report(name, [kind, key], 'German needs a title');
          }
        }
        for (const missing of [...slugs[kind]].filter((key) => !keys.includes(key))) {
          reader.report(name, [kind, missing], `the German text for "${missing}" is missing`);
        }
      }
    }
  }
};
