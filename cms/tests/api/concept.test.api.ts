import { print, type DocumentNode } from 'graphql';
import {
  ConceptChangesDocument,
  ConceptChapterDocument,
  ConceptDocument,
  ConceptMeasureDocument,
  ConceptMeasuresDocument,
  ConceptRevisionDocument,
  ParticipationEventsDocument,
} from '@teilhabe/graphql';
import { CONCEPT_UIDS, seedConceptFixture, type ConceptFixture } from './support/concept-fixture';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#10) The integration concept: chapters nest in order, fields of action
 * carry goals and measures, measures filter by field and status and roll
 * their progress up; every publish of a chapter or measure stores a
 * revision with the editor's change note, which outlives unpublish and
 * delete; only published content is public, in German and Arabic.
 */
let cms: TestStrapi;
let fixture: ConceptFixture;

beforeAll(async () => {
  cms = await startTestStrapi();
  fixture = await seedConceptFixture(cms.strapi);
}, 120_000);

afterAll(async () => {
  await cms?.stop();
});

/** Runs a typed operation as the public; its answer must have no errors. */
/** A generated document: its result and variable types ride along. */
type Typed<TData, TVariables> = DocumentNode & { __apiType?: (variables: TVariables) => TData };

const query = async <TData, TVariables>(
  document: Typed<TData, TVariables>,
  variables: TVariables
): Promise<TData> => {
  const response = await cms.graphql(print(document), variables as Record<string, unknown>);
  expect(response.body.errors).toBeUndefined();
  return response.body.data as TData;
};

/** The message of the error a write throws, with the fields it names. */
const failure = async (write: () => Promise<unknown>): Promise<string> => {
  try {
    await write();
  } catch (error) {
    const { message, details } = error as {
      message: string;
      details?: { errors?: Array<{ path: string[] }> };
    };
    return [message, ...(details?.errors ?? []).map((problem) => problem.path.join('.'))].join(
      '\n'
    );
  }
  throw new Error('the write was not refused');
};

describe.each(['de', 'ar'])('the concept in %s', (locale) => {
  test('chapters nest and are numbered in their order, not in creation order', async () => {
    const { teilhabeConcept } = await query(ConceptDocument, { locale });
    expect(teilhabeConcept.edition?.slug).toBe('sachstand');
    expect(
      teilhabeConcept.chapters.map(
        (chapter: { number: string; slug: string; depth: number }) =>
          `${chapter?.number} ${chapter?.slug} ${chapter?.depth}`
      )
    ).toEqual([
      '1 vorbemerkung 0',
      '2 ergebnisse 0',
      '2.1 workshop-arbeit 1',
      '2.2 workshop-sprachkurse 1',
    ]);
    const intro = teilhabeConcept.chapters[0];
    expect(intro?.title).toEqual(
      locale === 'ar'
        ? { text: 'ملاحظة تمهيدية', locale: 'ar' }
        : { text: 'Vorbemerkung', locale: 'de' }
    );
    // Untranslated chapters fall back to German, marked by their locale.
    expect(teilhabeConcept.chapters[1]?.title).toEqual({ text: 'Ergebnisse', locale: 'de' });
  });

  test('fields of action carry their goals and measure counts', async () => {
    const { teilhabeConcept } = await query(ConceptDocument, { locale });
    const [work, language] = teilhabeConcept.fieldsOfAction;
    expect(work?.slug).toBe('arbeit');
    expect(work?.goals.map((goal: { slug: string }) => goal.slug)).toEqual(['anerkennung']);
    expect(work?.measureCount).toBe(4);
    expect(language?.measureCount).toBe(1);
  });

  test('a chapter shows its easy-language text, fields of action and their measures', async () => {
    const { teilhabeConceptChapter: chapter } = await query(ConceptChapterDocument, {
      locale,
      slug: 'vorbemerkung',
    });
    expect(chapter?.easyText?.text).toBe('Das Konzept ändert sich immer wieder.');
    expect(chapter?.easyTextKind).toBe('easy_language');
    expect(chapter?.easyTextCheckedBy).toBe('Prüfgruppe Leichte Sprache');
    expect(chapter?.body?.locale).toBe(locale);
    expect(chapter?.fieldsOfActionDetails.map((field: { slug: string }) => field.slug)).toEqual([
      'arbeit',
    ]);
    expect(chapter?.measures.map((measure: { slug: string }) => measure.slug)).toContain(
      'anerkennung-abschluesse'
    );
    expect(chapter?.next?.slug).toBe('ergebnisse');
    expect(chapter?.availableLocales).toEqual(['ar', 'de']);
  });
});

describe('measures', () => {
  const slugs = async (variables: Record<string, unknown>) =>
    (
      await query(ConceptMeasuresDocument, { locale: 'de', pageSize: 50, ...variables })
    ).teilhabeConceptMeasures.measures
      .map((measure: { slug: string }) => measure.slug)
      .sort();

  test('filter by field of action and by status', async () => {
    expect(await slugs({ fieldOfAction: 'sprache' })).toEqual(['sprachkurse-betriebe']);
    expect(await slugs({ statuses: ['in_progress'] })).toEqual([
      'beispiel-buendel',
      'beispiel-teil-zwei',
    ]);
    expect(await slugs({ fieldOfAction: 'arbeit', statuses: ['proposed', 'done'] })).toEqual([
      'anerkennung-abschluesse',
      'beispiel-teil-eins',
    ]);
  });

  test('an unknown field of action or status is a clear error', async () => {
    const response = await cms.graphql(print(ConceptMeasuresDocument), {
      locale: 'de',
      fieldOfAction: 'gibt-es-nicht',
    });
    expect(response.body.errors[0].message).toMatch(/Unknown field of action "gibt-es-nicht"/);
    const status = await cms.graphql(print(ConceptMeasuresDocument), {
      locale: 'de',
      statuses: ['finished'],
    });
    expect(status.body.errors).toBeDefined();
    const page = await cms.graphql(print(ConceptMeasuresDocument), { locale: 'de', pageSize: 51 });
    expect(page.body.errors[0].message).toMatch(/pageSize must be between 1 and 50/);
  });

  test('progress: given, from the status, and rolled up from weighted sub-measures', async () => {
    const progress = async (slug: string) => {
      const { teilhabeConceptMeasure } = await query(ConceptMeasureDocument, {
        locale: 'de',
        slug,
      });
      return [teilhabeConceptMeasure?.progress, teilhabeConceptMeasure?.progressSource];
    };
    expect(await progress('beispiel-teil-zwei')).toEqual([20, 'given']);
    expect(await progress('beispiel-teil-eins')).toEqual([100, 'status']);
    expect(await progress('anerkennung-abschluesse')).toEqual([0, 'status']);
    // (100 × 3 + 20 × 1) / 4
    expect(await progress('beispiel-buendel')).toEqual([80, 'sub_measures']);
  });

  test('a measure links its workshop, goal, milestones and sub-measures', async () => {
    const { teilhabeConceptMeasure: bundle } = await query(ConceptMeasureDocument, {
      locale: 'ar',
      slug: 'beispiel-buendel',
    });
    expect(bundle?.subMeasures.map((measure: { slug: string }) => measure.slug)).toEqual([
      'beispiel-teil-eins',
      'beispiel-teil-zwei',
    ]);
    expect(bundle?.milestones).toEqual([
      { date: '2027-03-01', reached: false, text: { text: 'Beratung startet', locale: 'de' } },
    ]);
    const { teilhabeConceptMeasure: recognition } = await query(ConceptMeasureDocument, {
      locale: 'ar',
      slug: 'anerkennung-abschluesse',
    });
    expect(recognition?.title).toEqual({ text: 'الاعتراف بالشهادات', locale: 'ar' });
    expect(recognition?.goal?.slug).toBe('anerkennung');
    expect(recognition?.participationEvents.map((event: { slug: string }) => event.slug)).toEqual([
      'workshop-arbeit-ausbildung',
    ]);
    const { teilhabeParticipationEvents: events } = await query(ParticipationEventsDocument, {
      locale: 'ar',
    });
    expect(events[0]?.participantCount).toBe(28);
    expect(events[0]?.measures.map((measure: { slug: string }) => measure.slug)).toEqual([
      'anerkennung-abschluesse',
    ]);
  });

  test('the status history follows the publishes', async () => {
    const measures = cms.strapi.documents(CONCEPT_UIDS.measure);
    const documentId = fixture.ids.courses!;
    await measures.update({
      documentId,
      locale: 'de',
      data: { implementationStatus: 'in_progress', changeNote: 'Gestartet' } as never,
    });
    await measures.publish({ documentId, locale: 'de' });
    const { teilhabeConceptMeasure } = await query(ConceptMeasureDocument, {
      locale: 'de',
      slug: 'sprachkurse-betriebe',
    });
    expect(
      teilhabeConceptMeasure?.statusHistory.map((change: { status: string }) => change.status)
    ).toEqual(['planned', 'in_progress']);
  });
});

describe('revisions', () => {
  const chapters = () => cms.strapi.documents(CONCEPT_UIDS.chapter);

  test('a publish without a change note, or with the last one, is refused and changes nothing', async () => {
    const documentId = fixture.ids.intro!;
    await chapters().update({
      documentId,
      locale: 'de',
      data: { body: 'Geändert ohne Hinweis', changeNote: '' } as never,
    });
    expect(await failure(() => chapters().publish({ documentId, locale: 'de' }))).toMatch(
      /Bitte einen Änderungshinweis angeben[\s\S]*changeNote/
    );
    await chapters().update({
      documentId,
      locale: 'de',
      data: { changeNote: 'Erste Fassung' } as never,
    });
    expect(await failure(() => chapters().publish({ documentId, locale: 'de' }))).toMatch(
      /derselbe wie bei der letzten Veröffentlichung/
    );
    const { teilhabeConceptChapter } = await query(ConceptChapterDocument, {
      locale: 'de',
      slug: 'vorbemerkung',
    });
    expect(teilhabeConceptChapter?.body?.text).toBe('Das Konzept ist ein lebendes Dokument.');
  });

  test('two publishes with known edits give two revisions with their notes, per locale', async () => {
    const documentId = fixture.ids.intro!;
    for (const [locale, body, changeNote] of [
      ['de', 'Das Konzept ist ein lebendes, offenes Dokument.', 'Satz ergänzt'],
      ['ar', 'المفهوم وثيقة حية ومفتوحة.', 'أضيفت كلمة'],
    ] as const) {
      await chapters().update({ documentId, locale, data: { body, changeNote } as never });
      await chapters().publish({ documentId, locale });
    }
    for (const [locale, notes, newest, older] of [
      [
        'de',
        ['Satz ergänzt', 'Erste Fassung'],
        'Das Konzept ist ein lebendes, offenes Dokument.',
        'Das Konzept ist ein lebendes Dokument.',
      ],
      ['ar', ['أضيفت كلمة', 'النسخة الأولى'], 'المفهوم وثيقة حية ومفتوحة.', 'المفهوم وثيقة حية.'],
    ] as const) {
      const { teilhabeConceptChanges } = await query(ConceptChangesDocument, {
        locale,
        document: documentId,
      });
      expect(teilhabeConceptChanges.revisions.map((revision) => revision.changeNote)).toEqual(
        notes
      );
      expect(
        teilhabeConceptChanges.revisions.map((revision: { number: number }) => revision.number)
      ).toEqual([2, 1]);
      const { teilhabeConceptRevision } = await query(ConceptRevisionDocument, {
        id: teilhabeConceptChanges.revisions[0]!.id,
      });
      expect(teilhabeConceptRevision?.texts.body).toBe(newest);
      expect(teilhabeConceptRevision?.previous?.number).toBe(1);
      const { teilhabeConceptRevision: first } = await query(ConceptRevisionDocument, {
        id: teilhabeConceptRevision?.previous?.id ?? '',
      });
      expect(first?.texts.body).toBe(older);
    }
  });

  test('"changed since" lists only what was published from that date', async () => {
    const { teilhabeConceptChanges: all } = await query(ConceptChangesDocument, {
      locale: 'de',
      since: '2020-01-01',
      pageSize: 50,
    });
    expect(all.total).toBeGreaterThanOrEqual(10);
    const { teilhabeConceptChanges: none } = await query(ConceptChangesDocument, {
      locale: 'de',
      since: '2999-01-01',
    });
    expect(none.total).toBe(0);
    const bad = await cms.graphql(print(ConceptChangesDocument), {
      locale: 'de',
      since: 'gestern',
    });
    expect(bad.body.errors[0].message).toMatch(/since is a date/);
  });

  test('revisions cannot be changed or deleted', async () => {
    const [revision] = await cms.strapi
      .documents('plugin::teilhabe.concept-revision')
      .findMany({ limit: 1 });
    expect(
      await failure(() =>
        cms.strapi
          .documents('plugin::teilhabe.concept-revision')
          .update({ documentId: revision!.documentId, data: { changeNote: 'x' } as never })
      )
    ).toMatch(/unveränderlich/);
    expect(
      await failure(() =>
        cms.strapi
          .documents('plugin::teilhabe.concept-revision')
          .delete({ documentId: revision!.documentId })
      )
    ).toMatch(/unveränderlich/);
  });

  test('unpublish and delete keep the revisions; the public no longer sees them', async () => {
    const documentId = fixture.ids.workshopLanguage!;
    const stored = async () =>
      (
        await cms.strapi.db
          .query('plugin::teilhabe.concept-revision')
          .findMany({ where: { sourceDocumentId: documentId } })
      ).length;
    const publicCount = async () =>
      (await query(ConceptChangesDocument, { locale: 'de', document: documentId }))
        .teilhabeConceptChanges.total;
    expect(await stored()).toBe(1);
    expect(await publicCount()).toBe(1);
    await chapters().unpublish({ documentId, locale: '*' });
    expect(await stored()).toBe(1);
    expect(await publicCount()).toBe(0);
    const { teilhabeConceptChapter } = await query(ConceptChapterDocument, {
      locale: 'de',
      slug: 'workshop-sprachkurse',
    });
    expect(teilhabeConceptChapter).toBeNull();
    await chapters().delete({ documentId, locale: '*' });
    expect(await stored()).toBe(1);
  });
});

describe('only published content is public', () => {
  test('a draft-only chapter and measure and an unpublished edit stay hidden', async () => {
    await cms.strapi.documents(CONCEPT_UIDS.chapter).create({
      locale: 'de',
      data: {
        title: 'Geheimer Entwurf',
        slug: 'geheimer-entwurf',
        edition: { documentId: fixture.ids.edition },
        translationStatus: 'source',
      } as never,
    });
    await cms.strapi.documents(CONCEPT_UIDS.measure).update({
      documentId: fixture.ids.recognition!,
      locale: 'de',
      data: { title: 'Unveröffentlichter Titel', implementationStatus: 'dropped' } as never,
    });
    const { teilhabeConcept } = await query(ConceptDocument, { locale: 'de' });
    expect(JSON.stringify(teilhabeConcept)).not.toMatch(/Geheimer Entwurf|Unveröffentlicht/);
    const { teilhabeConceptChapter } = await query(ConceptChapterDocument, {
      locale: 'de',
      slug: 'geheimer-entwurf',
    });
    expect(teilhabeConceptChapter).toBeNull();
    const { teilhabeConceptMeasure } = await query(ConceptMeasureDocument, {
      locale: 'de',
      slug: 'anerkennung-abschluesse',
    });
    expect(teilhabeConceptMeasure?.title.text).toBe('Anerkennung von Abschlüssen');
    expect(teilhabeConceptMeasure?.status).toBe('proposed');
  });

  test('REST serves the table of contents with the public permission', async () => {
    const response = await cms.get('/api/teilhabe/concept?locale=ar');
    expect(response.status).toBe(200);
    expect(response.body.chapters.length).toBeGreaterThan(0);
  });
});

describe('shared structure', () => {
  // The public views read the structure from German anyway; the stored rows
  // must agree too, on SQLite and PostgreSQL alike (revisions, exports and
  // the admin read them).
  test('a status published in German is stored in every published translation', async () => {
    const documentId = fixture.ids.recognition!;
    const measures = cms.strapi.documents(CONCEPT_UIDS.measure);
    await measures.update({
      documentId,
      locale: 'de',
      data: { implementationStatus: 'paused', changeNote: 'Ruht bis zum Haushalt 2027' } as never,
    });
    await measures.publish({ documentId, locale: 'de' });
    const rows = (await cms.strapi.db.query(CONCEPT_UIDS.measure).findMany({
      where: { documentId },
      select: ['locale', 'publishedAt', 'implementationStatus'],
    })) as Array<{ locale: string; publishedAt: string | null; implementationStatus: string }>;
    expect(
      rows.map((row) => [row.locale, row.publishedAt !== null, row.implementationStatus]).sort()
    ).toEqual([
      ['ar', false, 'paused'],
      ['ar', true, 'paused'],
      ['de', false, 'paused'],
      ['de', true, 'paused'],
    ]);
  });
});
