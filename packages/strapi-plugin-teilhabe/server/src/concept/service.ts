import type { Core } from '@strapi/types';
import { errors } from '@strapi/utils';
import { withFallback, type LocalizedText } from '../directory/localized-text';
import { CANONICAL_LOCALE, CONCEPT_UIDS, type MeasureStatus } from './constants';
import { rollUpProgress, statusHistory, type Progress } from './progress';
import {
  loadPublished,
  publishedLocalesOf,
  relatedId,
  relatedIds,
  textOf,
  titleOf,
  type Entry,
  type Row,
} from './published';
import {
  bySlugArgsSchema,
  changesArgsSchema,
  conceptArgsSchema,
  measuresArgsSchema,
  parseArgs,
  revisionArgsSchema,
  type ChangesArgs,
  type ConceptArgs,
  type MeasuresArgs,
} from './query-input';
import { readRevisions, revisionView, type RevisionView } from './revision-reads';
import { placeChapters } from './tree';
import {
  chapterEntryView,
  editionView,
  fieldOfActionView,
  measureSummaryView,
  participationEventView,
  type ChapterEntryView,
  type EditionView,
  type FieldOfActionView,
  type MeasureSummaryView,
  type MeasureView,
  type ParticipationEventView,
} from './views';

const { ValidationError } = errors;
const fail = (message: string) => new ValidationError(message);

const byId = (entries: readonly Entry[]) =>
  new Map(entries.map((entry) => [entry.documentId, entry]));
const position = (entry: Entry) => Number(entry.german.position ?? 0);
const slugOf = (entry: Entry) => String(entry.german.slug);

/** The newest edition first: by date of issue, then by slug. */
const byIssue = (a: Entry, b: Entry) =>
  String(b.german.issuedOn ?? '').localeCompare(String(a.german.issuedOn ?? '')) ||
  slugOf(a).localeCompare(slugOf(b));

export interface ConceptView {
  locale: string;
  edition: EditionView | null;
  editions: EditionView[];
  chapters: ChapterEntryView[];
  fieldsOfAction: FieldOfActionView[];
}

export interface ChapterView extends ChapterEntryView {
  body: LocalizedText | null;
  easyText: LocalizedText | null;
  easyTextKind: string | null;
  easyTextCheckedBy: string | null;
  edition: EditionView | null;
  parent: ChapterEntryView | null;
  children: ChapterEntryView[];
  previous: ChapterEntryView | null;
  next: ChapterEntryView | null;
  fieldsOfActionDetails: FieldOfActionView[];
  measures: MeasureSummaryView[];
  availableLocales: string[];
  publishedAt: string | null;
}

/**
 * The public, read-only integration concept: published documents only,
 * structure from German, texts per locale with German fallback. Reachable
 * as `strapi.plugin('teilhabe').service('concept')`.
 */
const concept = ({ strapi }: { strapi: Core.Strapi }) => {
  const assertLocale = async (locale: string): Promise<void> => {
    const locales = (await strapi.plugin('i18n').service('locales').find()) as Array<{
      code: string;
    }>;
    if (!locales.some((known) => known.code === locale)) {
      throw fail(
        `Unknown locale "${locale}". Known locales: ${locales.map((known) => known.code).join(', ')}.`
      );
    }
  };

  /** Measures with their progress, fields of action and goals: what lists need. */
  const loadMeasures = async (locale: string) => {
    const [measures, fields, goals] = await Promise.all([
      loadPublished(strapi, CONCEPT_UIDS.measure, locale, {
        populate: ['fieldOfAction', 'goal', 'parent', 'participationEvents', 'offers'],
      }),
      loadPublished(strapi, CONCEPT_UIDS.fieldOfAction, locale),
      loadPublished(strapi, CONCEPT_UIDS.goal, locale, { populate: ['fieldOfAction'] }),
    ]);
    const children = new Map<string, string[]>();
    for (const measure of measures) {
      const parent = relatedId(measure.german, 'parent');
      if (parent) {
        children.set(parent, [...(children.get(parent) ?? []), measure.documentId]);
      }
    }
    const progress = rollUpProgress(
      new Map(
        measures.map((measure) => [
          measure.documentId,
          {
            documentId: measure.documentId,
            status: (measure.german.implementationStatus as MeasureStatus) ?? 'proposed',
            progressPercent: (measure.german.progressPercent as number | null) ?? null,
            weight: Number(measure.german.weight ?? 1),
            children: children.get(measure.documentId) ?? [],
          },
        ])
      )
    );
    const fieldMap = byId(fields);
    const goalMap = byId(goals);
    const order = (a: Entry, b: Entry) =>
      position(fieldMap.get(relatedId(a.german, 'fieldOfAction') ?? '') ?? a) -
        position(fieldMap.get(relatedId(b.german, 'fieldOfAction') ?? '') ?? b) ||
      position(a) - position(b) ||
      titleOf(a).text.localeCompare(titleOf(b).text);
    const sorted = [...measures].sort(order);
    const summaries = new Map(
      sorted.map((measure) => [
        measure.documentId,
        measureSummaryView(
          measure,
          progress.get(measure.documentId) ?? ({ percent: null, source: 'none' } as Progress),
          fieldMap,
          goalMap
        ),
      ])
    );
    return { measures: sorted, fields, goals, fieldMap, summaries, children };
  };

  const fieldsOfActionOf = (
    fields: readonly Entry[],
    goals: readonly Entry[],
    summaries: ReadonlyMap<string, MeasureSummaryView>
  ): FieldOfActionView[] =>
    [...fields]
      .sort((a, b) => position(a) - position(b) || slugOf(a).localeCompare(slugOf(b)))
      .map((field) =>
        fieldOfActionView(
          field,
          goals,
          [...summaries.values()].filter((measure) => measure.fieldOfAction?.slug === slugOf(field))
            .length
        )
      );

  /** The chapters of one edition in reading order. */
  const loadChapters = async (locale: string, edition: Entry | null, withBodies: boolean) => {
    if (!edition) {
      return { entries: [] as Entry[], views: [] as ChapterEntryView[] };
    }
    const chapters = (
      await loadPublished(strapi, CONCEPT_UIDS.chapter, locale, {
        populate: ['parent', 'edition', 'fieldsOfAction'],
      })
    ).filter((chapter) => relatedId(chapter.german, 'edition') === edition.documentId);
    const chapterMap = byId(chapters);
    const fields = byId(await loadPublished(strapi, CONCEPT_UIDS.fieldOfAction, locale));
    const placed = placeChapters(
      chapters.map((chapter) => ({
        documentId: chapter.documentId,
        parent: relatedId(chapter.german, 'parent'),
        position: position(chapter),
        title: titleOf(chapter).text,
      }))
    );
    const views = placed.map((place) => {
      const chapter = chapterMap.get(place.documentId)!;
      const parent = chapterMap.get(relatedId(chapter.german, 'parent') ?? '');
      return chapterEntryView(
        chapter,
        place,
        place.depth > 0 && parent ? slugOf(parent) : null,
        relatedIds(chapter.german, 'fieldsOfAction')
          .map((id) => fields.get(id))
          .filter((field): field is Entry => Boolean(field))
          .sort((a, b) => position(a) - position(b))
          .map(slugOf),
        withBodies
      );
    });
    return { entries: placed.map((place) => chapterMap.get(place.documentId)!), views };
  };

  const loadEditions = async (locale: string) =>
    (await loadPublished(strapi, CONCEPT_UIDS.edition, locale)).sort(byIssue);

  return {
    /**
     * An edition's table of contents (the newest, or the one asked for by
     * slug), every edition, and the fields of action with their goals.
     * @throws ValidationError on bad input
     */
    async concept(input: ConceptArgs): Promise<ConceptView> {
      const args = parseArgs(conceptArgsSchema, input, fail);
      await assertLocale(args.locale);
      const editions = await loadEditions(args.locale);
      const edition = args.edition
        ? (editions.find((candidate) => slugOf(candidate) === args.edition) ?? null)
        : (editions[0] ?? null);
      const [{ views }, { fields, goals, summaries }] = await Promise.all([
        loadChapters(args.locale, edition, args.withBodies === true),
        loadMeasures(args.locale),
      ]);
      return {
        locale: args.locale,
        edition: edition ? editionView(edition) : null,
        editions: editions.map(editionView),
        chapters: views,
        fieldsOfAction: fieldsOfActionOf(fields, goals, summaries),
      };
    },

    /** One published chapter with its neighbours, fields of action, goals and measures. */
    async chapter(input: { locale: string; slug: string }): Promise<ChapterView | null> {
      const args = parseArgs(bySlugArgsSchema, input, fail);
      await assertLocale(args.locale);
      const [found] = await loadPublished(strapi, CONCEPT_UIDS.chapter, args.locale, {
        where: { slug: args.slug },
        populate: ['edition'],
      });
      const editionId = found ? relatedId(found.german, 'edition') : null;
      if (!found || !editionId) {
        return null;
      }
      const edition =
        (await loadEditions(args.locale)).find((entry) => entry.documentId === editionId) ?? null;
      const [{ entries, views }, { fields, goals, summaries }] = await Promise.all([
        loadChapters(args.locale, edition, true),
        loadMeasures(args.locale),
      ]);
      const index = entries.findIndex((entry) => entry.documentId === found.documentId);
      const chapter = entries[index];
      const own = views[index];
      if (!chapter || !own) {
        return null;
      }
      const fieldSlugs = new Set(own.fieldsOfAction);
      const details = fieldsOfActionOf(
        fields.filter((field) => fieldSlugs.has(slugOf(field))),
        goals,
        summaries
      );
      const locales = await publishedLocalesOf(strapi, CONCEPT_UIDS.chapter, [chapter.documentId]);
      return {
        ...own,
        body: textOf(chapter, 'body'),
        easyText: textOf(chapter, 'easyText'),
        easyTextKind:
          ((chapter.local?.easyText ? chapter.local : chapter.german).easyTextKind as
            string | null) ?? null,
        easyTextCheckedBy:
          ((chapter.local?.easyText ? chapter.local : chapter.german).easyTextCheckedBy as
            string | null) ?? null,
        edition: edition ? editionView(edition) : null,
        parent: views.find((view) => view.slug === own.parentSlug) ?? null,
        children: views.filter((view) => view.parentSlug === own.slug),
        previous: views[index - 1] ?? null,
        next: views[index + 1] ?? null,
        fieldsOfActionDetails: details,
        measures: [...summaries.values()].filter(
          (measure) => measure.fieldOfAction && fieldSlugs.has(measure.fieldOfAction.slug)
        ),
        availableLocales: locales.get(chapter.documentId) ?? [],
        publishedAt: ((chapter.local ?? chapter.german).publishedAt as string | null) ?? null,
      };
    },

    /** Published measures by field of action and status, one page at a time. */
    async measures(input: MeasuresArgs) {
      const args = parseArgs(measuresArgsSchema, input, fail);
      await assertLocale(args.locale);
      const { summaries, fields } = await loadMeasures(args.locale);
      if (args.fieldOfAction && !fields.some((field) => slugOf(field) === args.fieldOfAction)) {
        throw fail(
          `Unknown field of action "${args.fieldOfAction}". Known: ${fields.map(slugOf).join(', ')}.`
        );
      }
      const statuses = args.statuses?.length ? new Set(args.statuses) : null;
      const matching = [...summaries.values()].filter(
        (measure) =>
          (!args.fieldOfAction || measure.fieldOfAction?.slug === args.fieldOfAction) &&
          (!statuses || statuses.has(measure.status))
      );
      const offset = (args.page - 1) * args.pageSize;
      return {
        total: matching.length,
        page: args.page,
        pageSize: args.pageSize,
        pageCount: Math.ceil(matching.length / args.pageSize),
        measures: matching.slice(offset, offset + args.pageSize),
      };
    },

    /** One published measure with its history, milestones, sub-measures, events and offers. */
    async measure(input: { locale: string; slug: string }): Promise<MeasureView | null> {
      const args = parseArgs(bySlugArgsSchema, input, fail);
      await assertLocale(args.locale);
      const { measures, summaries, children } = await loadMeasures(args.locale);
      const measure = measures.find((entry) => slugOf(entry) === args.slug);
      const summary = measure ? summaries.get(measure.documentId) : undefined;
      if (!measure || !summary) {
        return null;
      }
      const [milestones, events, revisions, locales] = await Promise.all([
        loadPublished(strapi, CONCEPT_UIDS.milestone, args.locale, { populate: ['measure'] }),
        loadPublished(strapi, CONCEPT_UIDS.participationEvent, args.locale, {
          where: { documentId: { $in: relatedIds(measure.german, 'participationEvents') } },
        }),
        readRevisions(strapi, { sourceDocumentId: measure.documentId }),
        publishedLocalesOf(strapi, CONCEPT_UIDS.measure, [measure.documentId]),
      ]);
      const offers = await this.offersOf(relatedIds(measure.german, 'offers'), args.locale);
      return {
        ...summary,
        description: textOf(measure, 'description'),
        responsibleUnit: textOf(measure, 'responsibleUnit'),
        indicators: textOf(measure, 'indicators'),
        startDate: (measure.german.startDate as string | null) ?? null,
        endDate: (measure.german.endDate as string | null) ?? null,
        progressPercent: (measure.german.progressPercent as number | null) ?? null,
        progressUpdatedOn: (measure.german.progressUpdatedOn as string | null) ?? null,
        statusHistory: statusHistory(
          revisions.map((revision) => ({
            status: (revision.structure?.implementationStatus as MeasureStatus | undefined) ?? null,
            revisedAt: revision.revisedAt,
          }))
        ),
        milestones: milestones
          .filter((milestone) => relatedId(milestone.german, 'measure') === measure.documentId)
          .sort((a, b) => String(a.german.date).localeCompare(String(b.german.date)))
          .map((milestone) => ({
            date: String(milestone.german.date),
            text: titleOf(milestone, 'text'),
            reached: milestone.german.reached === true,
          })),
        parent: summaries.get(relatedId(measure.german, 'parent') ?? '') ?? null,
        subMeasures: (children.get(measure.documentId) ?? [])
          .map((id) => summaries.get(id))
          .filter((child): child is MeasureSummaryView => Boolean(child)),
        participationEvents: [...events]
          .sort((a, b) => String(a.german.date).localeCompare(String(b.german.date)))
          .map((event) => ({
            slug: slugOf(event),
            title: titleOf(event),
            kind: String(event.german.kind),
            date: String(event.german.date),
            format: String(event.german.format),
          })),
        offers,
        availableLocales: locales.get(measure.documentId) ?? [],
      };
    },

    /** Published offers of the directory by documentId, with titles in a locale. */
    async offersOf(documentIds: readonly string[], locale: string) {
      if (documentIds.length === 0) {
        return [];
      }
      const rows = (await strapi.db.query('plugin::teilhabe.offer').findMany({
        where: {
          documentId: { $in: [...documentIds] },
          locale: { $in: [...new Set([locale, CANONICAL_LOCALE])] },
          publishedAt: { $notNull: true },
        },
        select: ['documentId', 'locale', 'slug', 'title'],
      })) as Row[];
      const german = rows.filter((row) => row.locale === CANONICAL_LOCALE);
      return german
        .map((row) => ({
          slug: String(row.slug),
          title: withFallback(
            locale,
            rows.find((other) => other.documentId === row.documentId && other.locale === locale)
              ?.title,
            row.title
          ) ?? { text: String(row.slug), locale: CANONICAL_LOCALE },
        }))
        .sort((a, b) => a.title.text.localeCompare(b.title.text));
    },

    /** Every published participation event, oldest first, with the measures from each. */
    async participationEvents(input: { locale: string }): Promise<ParticipationEventView[]> {
      await assertLocale(input.locale);
      const [events, { summaries, measures, fieldMap }] = await Promise.all([
        loadPublished(strapi, CONCEPT_UIDS.participationEvent, input.locale, {
          populate: ['fieldsOfAction'],
        }),
        loadMeasures(input.locale),
      ]);
      return [...events]
        .sort(
          (a, b) =>
            String(a.german.date).localeCompare(String(b.german.date)) ||
            slugOf(a).localeCompare(slugOf(b))
        )
        .map((event) =>
          participationEventView(
            event,
            fieldMap,
            measures
              .filter((measure) =>
                relatedIds(measure.german, 'participationEvents').includes(event.documentId)
              )
              .map((measure) => summaries.get(measure.documentId)!)
          )
        );
    },

    /**
     * Published revisions in a locale, newest first: of one document, of one
     * edition's chapters, or all, optionally since a date. Only revisions of
     * documents that are published now: an unpublished or deleted document
     * keeps its history in the CMS, but the public no longer sees it.
     */
    async changes(input: ChangesArgs) {
      const args = parseArgs(changesArgsSchema, input, fail);
      await assertLocale(args.locale);
      const editions = args.edition
        ? await loadPublished(strapi, CONCEPT_UIDS.edition, CANONICAL_LOCALE, {
            where: { slug: args.edition },
          })
        : [];
      if (args.edition && editions.length === 0) {
        return { total: 0, page: args.page, pageSize: args.pageSize, pageCount: 0, revisions: [] };
      }
      const visible = await this.publicDocuments();
      const rows = (
        await readRevisions(strapi, {
          contentLocale: args.locale,
          ...(args.kind ? { kind: args.kind } : {}),
          ...(args.document ? { sourceDocumentId: args.document } : {}),
          ...(args.edition ? { editionDocumentId: editions[0]!.documentId } : {}),
          ...(args.since ? { revisedAt: { $gte: `${args.since}T00:00:00.000Z` } } : {}),
        })
      )
        .filter((row) => visible.has(row.sourceDocumentId))
        .sort((a, b) => b.revisedAt.localeCompare(a.revisedAt) || b.number - a.number);
      const offset = (args.page - 1) * args.pageSize;
      return {
        total: rows.length,
        page: args.page,
        pageSize: args.pageSize,
        pageCount: Math.ceil(rows.length / args.pageSize),
        revisions: rows.slice(offset, offset + args.pageSize).map((row) => revisionView(row, null)),
      };
    },

    /** One revision with the one before it (same document and locale), or null. */
    async revision(input: { id: string }): Promise<RevisionView | null> {
      const args = parseArgs(revisionArgsSchema, input, fail);
      const [row] = await readRevisions(strapi, { documentId: args.id });
      if (!row || !(await this.publicDocuments()).has(row.sourceDocumentId)) {
        return null;
      }
      const [previous] = await readRevisions(strapi, {
        sourceDocumentId: row.sourceDocumentId,
        contentLocale: row.contentLocale,
        number: row.number - 1,
      });
      return revisionView(row, previous ?? null);
    },

    /** documentIds of chapters and measures published in German now. */
    async publicDocuments(): Promise<Set<string>> {
      const ids = new Set<string>();
      for (const uid of [CONCEPT_UIDS.chapter, CONCEPT_UIDS.measure]) {
        const rows = (await strapi.db.query(uid).findMany({
          where: { locale: CANONICAL_LOCALE, publishedAt: { $notNull: true } },
          select: ['documentId'],
        })) as Array<{ documentId: string }>;
        rows.forEach((row) => ids.add(row.documentId));
      }
      return ids;
    },
  };
};

export type ConceptService = ReturnType<typeof concept>;

export default concept;
