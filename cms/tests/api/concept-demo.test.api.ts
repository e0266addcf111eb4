import { print } from 'graphql';
import {
  ConceptChangesDocument,
  ConceptDocument,
  ConceptMeasureDocument,
  ConceptMeasuresDocument,
  ConceptRevisionDocument,
  ParticipationEventsDocument,
  type ConceptChangesQuery,
  type ConceptMeasuresQuery,
  type ConceptQuery,
  type ParticipationEventsQuery,
} from '@teilhabe/graphql';
import { loadDemoConcept } from '../../src/demo/concept-data';
import { demoDataDir, loadDemoContent } from '../../src/demo/load';
import { seedConcept } from '../../src/demo/seed-concept';
import { seedDirectory } from '../../src/demo/seed-directory';
import { CMS_DIR, startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#10) The demo concept is the status report: its chapters, the kick-off
 * and the five workshops with their dates, counts and formats, the five
 * fields of action, the demands as proposed measures; other statuses only
 * on sample measures; two revisions with known edits.
 */
let cms: TestStrapi;

beforeAll(async () => {
  cms = await startTestStrapi();
  await seedDirectory(cms.strapi, loadDemoContent(demoDataDir(CMS_DIR)).directory);
  await seedConcept(cms.strapi, loadDemoConcept(demoDataDir(CMS_DIR)));
}, 300_000);

afterAll(async () => {
  await cms?.stop();
});

const ask = async <T>(document: Parameters<typeof print>[0], variables: object): Promise<T> => {
  const response = await cms.graphql(print(document), variables as Record<string, unknown>);
  expect(response.body.errors).toBeUndefined();
  return response.body.data as T;
};

test('the kick-off and the five workshops, as the report gives them', async () => {
  const { teilhabeParticipationEvents: events } = await ask<ParticipationEventsQuery>(
    ParticipationEventsDocument,
    { locale: 'de' }
  );
  expect(
    events.map((event) => `${event.date} ${event.kind} ${event.format} ${event.participantCount}`)
  ).toEqual([
    '2021-10-07 event on_site 72',
    '2022-02-17 workshop online 28',
    '2022-03-16 workshop online 8',
    '2022-03-17 workshop online 14',
    '2022-05-04 workshop online 8',
    '2022-05-12 workshop online 15',
  ]);
  const discrimination = events.find((event) => event.date === '2022-03-17')!;
  expect(discrimination.measures.map((measure) => measure.slug)).toContain(
    'anlaufstelle-diskriminierung'
  );
});

test('chapters, fields of action and translations in de, en, ar and uk', async () => {
  for (const locale of ['de', 'en', 'ar', 'uk']) {
    const { teilhabeConcept } = await ask<ConceptQuery>(ConceptDocument, { locale });
    expect(teilhabeConcept.edition?.stage).toBe('status_report');
    expect(teilhabeConcept.chapters.map((chapter) => chapter.number)).toEqual([
      '1',
      '2',
      '3',
      '3.1',
      '3.2',
      '3.3',
      '3.4',
      '3.5',
      '4',
    ]);
    expect(teilhabeConcept.fieldsOfAction).toHaveLength(5);
    expect(teilhabeConcept.chapters.every((chapter) => chapter.summary?.locale === locale)).toBe(
      true
    );
    expect(teilhabeConcept.chapters.every((chapter) => chapter.hasEasyText)).toBe(true);
    expect(
      teilhabeConcept.chapters.every(
        (chapter) => chapter.translationStatus === (locale === 'de' ? 'source' : 'demo_translation')
      )
    ).toBe(true);
  }
});

test('no staff names in any text', async () => {
  const { teilhabeConcept } = await ask<ConceptQuery>(ConceptDocument, {
    locale: 'de',
    withBodies: true,
  });
  const text = JSON.stringify(teilhabeConcept);
  for (const name of ['Prüße', 'Gailus', 'Oelker', 'Deilami', 'Zander', 'Schindel', 'Grawan']) {
    expect(text).not.toContain(name);
  }
  expect(text).toContain('72 Personen');
});

test('the demands are proposed; any other status is a visibly marked sample', async () => {
  const { teilhabeConceptMeasures } = await ask<ConceptMeasuresQuery>(ConceptMeasuresDocument, {
    locale: 'de',
    pageSize: 50,
  });
  const measures = teilhabeConceptMeasures.measures;
  expect(measures.filter((measure) => !measure.isSampleContent).length).toBeGreaterThanOrEqual(15);
  for (const measure of measures) {
    if (measure.status !== 'proposed' || measure.progressSource === 'given') {
      expect(measure.isSampleContent).toBe(true);
      expect(measure.title.text).toMatch(/^Beispiel: /);
    }
  }
  const { teilhabeConceptMeasure } = await ask<{
    teilhabeConceptMeasure: { progress: number; statusHistory: Array<{ status: string }> };
  }>(ConceptMeasureDocument, { locale: 'de', slug: 'beispiel-mehrsprachige-kita-anmeldung' });
  // (100 × 2 + 25 × 1) / 3
  expect(teilhabeConceptMeasure.progress).toBe(75);
  expect(teilhabeConceptMeasure.statusHistory.map((change) => change.status)).toEqual([
    'planned',
    'in_progress',
  ]);
});

test('a chapter and a measure were published twice with known edits', async () => {
  for (const [locale, kind, words] of [
    ['de', 'chapter', 'lebendes'],
    ['ar', 'chapter', 'حية'],
    ['de', 'measure', 'Rückmeldung'],
  ] as const) {
    const { teilhabeConceptChanges } = await ask<ConceptChangesQuery>(ConceptChangesDocument, {
      locale,
      kind,
      pageSize: 50,
    });
    const second = teilhabeConceptChanges.revisions.find((revision) => revision.number === 2);
    expect(second).toBeDefined();
    const { teilhabeConceptRevision } = await ask<{
      teilhabeConceptRevision: { texts: Record<string, string | null>; previous: { id: string } };
    }>(ConceptRevisionDocument, { id: second!.id });
    const { teilhabeConceptRevision: first } = await ask<{
      teilhabeConceptRevision: { texts: Record<string, string | null> };
    }>(ConceptRevisionDocument, { id: teilhabeConceptRevision.previous.id });
    const now = JSON.stringify(teilhabeConceptRevision.texts);
    const before = JSON.stringify(first.texts);
    expect(now).toContain(words);
    expect(now).not.toBe(before);
  }
});
