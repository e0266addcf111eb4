import type { Core } from '@strapi/strapi';

const UID = {
  edition: 'plugin::teilhabe.concept-edition',
  chapter: 'plugin::teilhabe.concept-chapter',
  field: 'plugin::teilhabe.field-of-action',
  goal: 'plugin::teilhabe.concept-goal',
  measure: 'plugin::teilhabe.concept-measure',
  milestone: 'plugin::teilhabe.concept-milestone',
  event: 'plugin::teilhabe.participation-event',
} as const;

export const CONCEPT_UIDS = UID;

type Data = Record<string, unknown>;

/** What the concept fixture wrote, by key. */
export interface ConceptFixture {
  ids: Record<string, string>;
}

const ref = (documentId: string) => ({ documentId });

/**
 * A small published concept: two fields of action with a goal, an edition
 * with four chapters (two nested, positions out of creation order), five
 * measures (a parent with two weighted sub-measures), a milestone and a
 * workshop. Arabic texts for one chapter and one measure.
 * @param strapi the running test Strapi
 */
export const seedConceptFixture = async (strapi: Core.Strapi): Promise<ConceptFixture> => {
  const ids: Record<string, string> = {};
  const create = async (
    key: string,
    uid: (typeof UID)[keyof typeof UID],
    data: Data,
    options: { arabic?: Data; publish?: boolean } = {}
  ) => {
    const documents = strapi.documents(uid);
    const created = await documents.create({
      locale: 'de',
      data: { translationStatus: 'source', ...data } as never,
    });
    ids[key] = created.documentId;
    if (options.arabic) {
      await documents.update({
        documentId: created.documentId,
        locale: 'ar',
        data: { translationStatus: 'demo_translation', ...options.arabic } as never,
      });
    }
    if (options.publish !== false) {
      await documents.publish({ documentId: created.documentId, locale: '*' });
    }
    return created.documentId;
  };
  await create('work', UID.field, { title: 'Arbeit und Ausbildung', slug: 'arbeit', position: 1 });
  await create('language', UID.field, { title: 'Sprachkurse', slug: 'sprache', position: 2 });
  await create('goal', UID.goal, {
    title: 'Anerkennung verbessern',
    slug: 'anerkennung',
    fieldOfAction: ref(ids.work!),
  });
  await create('edition', UID.edition, {
    title: 'Sachstandsbericht',
    slug: 'sachstand',
    stage: 'status_report',
    issuedOn: '2022-10-01',
  });
  const chapter = (key: string, data: Data, arabic?: Data) =>
    create(
      key,
      UID.chapter,
      { edition: ref(ids.edition!), changeNote: 'Erste Fassung', ...data },
      { arabic: arabic ? { changeNote: 'النسخة الأولى', ...arabic } : undefined }
    );
  await chapter('results', { title: 'Ergebnisse', slug: 'ergebnisse', position: 2 });
  await chapter(
    'intro',
    {
      title: 'Vorbemerkung',
      slug: 'vorbemerkung',
      position: 1,
      body: 'Das Konzept ist ein lebendes Dokument.',
      easyText: 'Das Konzept ändert sich immer wieder.',
      easyTextKind: 'easy_language',
      easyTextCheckedBy: 'Prüfgruppe Leichte Sprache',
      fieldsOfAction: [ref(ids.work!)],
    },
    { title: 'ملاحظة تمهيدية', body: 'المفهوم وثيقة حية.' }
  );
  await chapter('workshopLanguage', {
    title: 'Workshop Sprachkurse',
    slug: 'workshop-sprachkurse',
    position: 2,
    parent: ref(ids.results!),
    fieldsOfAction: [ref(ids.language!)],
  });
  await chapter('workshopWork', {
    title: 'Workshop Arbeit',
    slug: 'workshop-arbeit',
    position: 1,
    parent: ref(ids.results!),
    fieldsOfAction: [ref(ids.work!)],
  });
  await create('workshop', UID.event, {
    title: 'Workshop Arbeit und Ausbildung',
    slug: 'workshop-arbeit-ausbildung',
    kind: 'workshop',
    date: '2022-02-17',
    format: 'online',
    participantCount: 28,
    demands: 'Mehr Sprachkurse in Betrieben.',
    fieldsOfAction: [ref(ids.work!)],
  });
  const measure = (key: string, data: Data, arabic?: Data) =>
    create(
      key,
      UID.measure,
      { changeNote: 'Aufgenommen', ...data },
      { arabic: arabic ? { changeNote: 'أضيف', ...arabic } : undefined }
    );
  await measure(
    'recognition',
    {
      title: 'Anerkennung von Abschlüssen',
      slug: 'anerkennung-abschluesse',
      fieldOfAction: ref(ids.work!),
      goal: ref(ids.goal!),
      participationEvents: [ref(ids.workshop!)],
    },
    { title: 'الاعتراف بالشهادات' }
  );
  await measure('courses', {
    title: 'Sprachkurse in Betrieben',
    slug: 'sprachkurse-betriebe',
    fieldOfAction: ref(ids.language!),
    implementationStatus: 'planned',
  });
  await measure('bundle', {
    title: 'Beispiel: Maßnahmenbündel',
    slug: 'beispiel-buendel',
    fieldOfAction: ref(ids.work!),
    implementationStatus: 'in_progress',
  });
  await measure('partDone', {
    title: 'Beispiel: Teil eins',
    slug: 'beispiel-teil-eins',
    fieldOfAction: ref(ids.work!),
    implementationStatus: 'done',
    weight: 3,
    parent: ref(ids.bundle!),
  });
  await measure('partStarted', {
    title: 'Beispiel: Teil zwei',
    slug: 'beispiel-teil-zwei',
    fieldOfAction: ref(ids.work!),
    implementationStatus: 'in_progress',
    progressPercent: 20,
    weight: 1,
    parent: ref(ids.bundle!),
  });
  await create('milestone', UID.milestone, {
    text: 'Beratung startet',
    date: '2027-03-01',
    measure: ref(ids.bundle!),
  });
  return { ids };
};

/**
 * Concept content whose marker exists only where the public must never
 * look: a newer draft of a published chapter (its text and change note), a
 * measure and a chapter that exist only as drafts (German and Arabic), and
 * a chapter that was published with the marker and then unpublished (its
 * revision is kept, but no longer public).
 * @param strapi the running test Strapi, after {@link seedConceptFixture}
 * @param fixture what the fixture wrote
 * @param marker the draft-only text
 * @returns documentIds of the documents with drafts
 */
export const seedConceptDrafts = async (
  strapi: Core.Strapi,
  fixture: ConceptFixture,
  marker: string
): Promise<string[]> => {
  const chapters = strapi.documents(UID.chapter);
  const measures = strapi.documents(UID.measure);
  await chapters.update({
    documentId: fixture.ids.intro!,
    locale: 'de',
    data: { title: `${marker} Entwurf`, body: marker, changeNote: marker } as never,
  });
  await chapters.update({
    documentId: fixture.ids.intro!,
    locale: 'ar',
    data: { title: `${marker} مسودة`, easyText: marker, changeNote: marker } as never,
  });
  const draftChapter = await chapters.create({
    locale: 'de',
    data: {
      title: `${marker} Kapitel`,
      slug: `entwurf-${marker.toLowerCase()}`,
      summary: marker,
      edition: ref(fixture.ids.edition!),
      changeNote: marker,
      translationStatus: 'source',
    } as never,
  });
  const draftMeasure = await measures.create({
    locale: 'de',
    data: {
      title: `${marker} Maßnahme`,
      slug: `massnahme-${marker.toLowerCase()}`,
      fieldOfAction: ref(fixture.ids.work!),
      implementationStatus: 'done',
      changeNote: marker,
      translationStatus: 'source',
    } as never,
  });
  await measures.update({
    documentId: draftMeasure.documentId,
    locale: 'ar',
    data: { title: `${marker} إجراء`, changeNote: marker } as never,
  });
  const withdrawn = await chapters.create({
    locale: 'de',
    data: {
      title: `${marker} zurückgezogen`,
      slug: 'zurueckgezogenes-kapitel',
      edition: ref(fixture.ids.edition!),
      changeNote: `${marker} veröffentlicht`,
      translationStatus: 'source',
    } as never,
  });
  await chapters.publish({ documentId: withdrawn.documentId, locale: 'de' });
  await chapters.unpublish({ documentId: withdrawn.documentId, locale: '*' });
  return [
    fixture.ids.intro!,
    draftChapter.documentId,
    draftMeasure.documentId,
    withdrawn.documentId,
  ];
};
