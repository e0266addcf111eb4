import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, type LocaleCode } from '@teilhabe/locales';
import type { ConceptDemo, ConceptTexts } from './concept-data';

/** Its own marker, so that a demo database seeded before the concept existed gets it too. */
export const CONCEPT_SEEDED_KEY = 'demo-concept-seeded';

const UID = {
  edition: 'plugin::teilhabe.concept-edition',
  chapter: 'plugin::teilhabe.concept-chapter',
  field: 'plugin::teilhabe.field-of-action',
  goal: 'plugin::teilhabe.concept-goal',
  measure: 'plugin::teilhabe.concept-measure',
  milestone: 'plugin::teilhabe.concept-milestone',
  event: 'plugin::teilhabe.participation-event',
} as const;

type Uid = (typeof UID)[keyof typeof UID];
type Data = Record<string, unknown>;
type TextsOf = (file: ConceptTexts) => Data | undefined;

/** documentIds by type and slug. */
type Refs = Map<string, string>;

const key = (uid: Uid, slug: string) => `${uid}:${slug}`;

/**
 * Seeds the demo concept once: the status report as an edition with its
 * chapters, fields of action, goals, the kick-off and the five workshops,
 * the demands as proposed measures, and a few sample measures. Each
 * document is written in German, then in every locale its text files
 * translate it, and published (chapters and measures with their change
 * notes). Where a text file gives an `earlier` version, that is published
 * first and the final text second, so two revisions with known edits exist.
 * @param strapi the bootstrapped Strapi instance
 * @param demo the checked demo files (`loadDemoConcept`)
 */
export const seedConcept = async (strapi: Core.Strapi, demo: ConceptDemo): Promise<void> => {
  const refs: Refs = new Map();
  const ref = (uid: Uid, slug: string | undefined) => {
    if (!slug) {
      return null;
    }
    const documentId = refs.get(key(uid, slug));
    if (!documentId) {
      throw new Error(`Demo concept: unknown ${uid} "${slug}".`);
    }
    return { documentId };
  };
  const refsOf = (uid: Uid, slugs: readonly string[] | undefined) =>
    (slugs ?? []).map((slug) => ref(uid, slug)!);
  const locales = Object.keys(demo.texts) as LocaleCode[];

  /** Writes one document in every locale that has its texts, then publishes them all. */
  const write = async (
    uid: Uid,
    slug: string,
    shared: Data,
    textsOf: TextsOf,
    earlierOf?: TextsOf
  ): Promise<string> => {
    const documents = strapi.documents(uid);
    const german = demo.texts.de;
    const created = await documents.create({
      locale: DEFAULT_LOCALE,
      data: {
        ...(uid === UID.milestone ? {} : { slug }),
        ...shared,
        ...textsOf(german),
        ...earlierOf?.(german),
        translationStatus: german.translationStatus,
      } as never,
    });
    refs.set(key(uid, slug), created.documentId);
    for (const locale of locales.filter((candidate) => candidate !== DEFAULT_LOCALE)) {
      const file = demo.texts[locale]!;
      const texts = textsOf(file);
      // Texts only: the shared structure (and relations, which exist per locale) comes from German.
      if (texts) {
        await documents.update({
          documentId: created.documentId,
          locale,
          data: {
            ...texts,
            ...earlierOf?.(file),
            translationStatus: file.translationStatus,
          } as never,
        });
      }
    }
    await documents.publish({ documentId: created.documentId, locale: '*' });
    return created.documentId;
  };

  /** The second publish: the final texts in each locale that had an earlier version. */
  const republish = async (
    uid: Uid,
    slug: string,
    textsOf: TextsOf,
    shared: Data,
    earlierOf: TextsOf
  ) => {
    const documentId = refs.get(key(uid, slug))!;
    const documents = strapi.documents(uid);
    for (const locale of locales) {
      const file = demo.texts[locale]!;
      if (!earlierOf(file)) {
        continue;
      }
      await documents.update({
        documentId,
        locale,
        data: { ...(locale === DEFAULT_LOCALE ? shared : {}), ...textsOf(file) } as never,
      });
      await documents.publish({ documentId, locale });
    }
  };

  const { structure } = demo;
  await write(
    UID.edition,
    structure.edition.slug,
    { stage: structure.edition.stage, issuedOn: structure.edition.issuedOn ?? null },
    (file) => file.edition
  );
  const editionRef = ref(UID.edition, structure.edition.slug);
  for (const field of structure.fieldsOfAction) {
    await write(
      UID.field,
      field.slug,
      { position: field.position },
      (file) => file.fieldsOfAction[field.slug]
    );
  }
  for (const goal of structure.goals) {
    await write(
      UID.goal,
      goal.slug,
      { position: goal.position, fieldOfAction: ref(UID.field, goal.fieldOfAction) },
      (file) => file.goals?.[goal.slug]
    );
  }
  for (const event of structure.events) {
    await write(
      UID.event,
      event.slug,
      {
        kind: event.kind,
        date: event.date,
        format: event.format,
        participantCount: event.participantCount ?? null,
        fieldsOfAction: refsOf(UID.field, event.fieldsOfAction),
      },
      (file) => file.events[event.slug]
    );
  }
  // Parents before their children: the structure file lists them so.
  for (const chapter of structure.chapters) {
    await write(
      UID.chapter,
      chapter.slug,
      {
        position: chapter.position,
        edition: editionRef,
        parent: ref(UID.chapter, chapter.parent),
        fieldsOfAction: refsOf(UID.field, chapter.fieldsOfAction),
      },
      (file) => file.chapters[chapter.slug],
      (file) => file.earlier?.chapters?.[chapter.slug]
    );
  }
  for (const measure of structure.measures) {
    const shared = {
      fieldOfAction: ref(UID.field, measure.fieldOfAction),
      goal: ref(UID.goal, measure.goal),
      parent: ref(UID.measure, measure.parent),
      implementationStatus: measure.status ?? 'proposed',
      progressPercent: measure.progressPercent ?? null,
      progressUpdatedOn: measure.progressUpdatedOn ?? null,
      startDate: measure.startDate ?? null,
      endDate: measure.endDate ?? null,
      weight: measure.weight ?? 1,
      participationEvents: refsOf(UID.event, measure.events),
      offers: await offerRefs(strapi, measure.offers ?? []),
      isSampleContent: measure.sample === true,
    };
    await write(
      UID.measure,
      measure.slug,
      { ...shared, ...(measure.earlier ? { implementationStatus: measure.earlier.status } : {}) },
      (file) => file.measures[measure.slug],
      (file) => file.earlier?.measures?.[measure.slug]
    );
  }
  for (const milestone of structure.milestones) {
    await write(
      UID.milestone,
      milestone.key,
      {
        date: milestone.date,
        reached: milestone.reached,
        measure: ref(UID.measure, milestone.measure),
        isSampleContent: true,
      },
      (file) => file.milestones?.[milestone.key]
    );
  }
  for (const chapter of structure.chapters) {
    await republish(
      UID.chapter,
      chapter.slug,
      (file) => file.chapters[chapter.slug],
      {},
      (file) => file.earlier?.chapters?.[chapter.slug]
    );
  }
  for (const measure of structure.measures) {
    await republish(
      UID.measure,
      measure.slug,
      (file) => file.measures[measure.slug],
      { implementationStatus: measure.status ?? 'proposed' },
      (file) => file.earlier?.measures?.[measure.slug]
    );
  }
  await strapi
    .store({ type: 'plugin', name: 'teilhabe' })
    .set({ key: CONCEPT_SEEDED_KEY, value: new Date().toISOString() });
  strapi.log.info(
    `Demo concept seeded: ${structure.chapters.length} chapters, ${structure.measures.length} measures.`
  );
};

/** Published offers of the demo directory by slug (seeded before the concept). */
const offerRefs = async (strapi: Core.Strapi, slugs: readonly string[]) => {
  if (slugs.length === 0) {
    return [];
  }
  const rows = (await strapi.db.query('plugin::teilhabe.offer').findMany({
    where: { slug: { $in: [...slugs] }, locale: DEFAULT_LOCALE },
    select: ['documentId', 'slug'],
  })) as Array<{ documentId: string; slug: string }>;
  const found = new Map(rows.map((row) => [row.slug, row.documentId]));
  return slugs.map((slug) => {
    const documentId = found.get(slug);
    if (!documentId) {
      throw new Error(`Demo concept: no demo offer "${slug}".`);
    }
    return { documentId };
  });
};
