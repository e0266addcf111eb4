import type { OfferRow } from '../../rows';
import { buildIndexRecord } from '../index-record';

const german: OfferRow = {
  id: 1,
  documentId: 'doc1',
  locale: 'de',
  slug: 'kurs-neu',
  previousSlugs: ['kurs-alt', 'kurs-neu'],
  title: 'Deutschkurs für Mütter',
  summary: 'In der Bahnhofstraße',
  descriptionText: 'Mit Kinderbetreuung.',
  category: {
    documentId: 'c1',
    code: 'language-course',
    label: { de: 'Sprachkurs', ru: 'Языковой курс' },
  },
  targetGroups: [{ documentId: 't1', code: 'parents', label: { de: 'Eltern' } }],
  staffLanguages: ['de', 'ru'],
  costType: 'amount',
  stepFreeAccess: true,
  provider: { documentId: 'p1', name: 'VHS Lehrte' },
  locations: [
    { documentId: 'l1', name: 'Rathaus', district: { documentId: 'd1', code: 'kernstadt' } },
    { documentId: 'l2', name: 'Bürgerhaus', district: { documentId: 'd2', code: 'ahlten' } },
  ],
  courseLevel: 'A1',
  courseType: { documentId: 'ct1', code: 'integration-women' },
  courseStartDate: '2027-01-10',
  courseChildcare: true,
  validUntil: '2027-06-30',
};

describe('buildIndexRecord', () => {
  const russian: OfferRow = { id: 2, documentId: 'doc1', locale: 'ru', title: 'КУРС для мам' };
  const empty: OfferRow = { id: 3, documentId: 'doc1', locale: 'fa', title: '' };
  const record = buildIndexRecord(german, [german, russian, empty]);

  test('facets come from the German version', () => {
    expect(record.facets).toEqual({
      document_id: 'doc1',
      slug: 'kurs-neu',
      category: 'language-course',
      cost_type: 'amount',
      step_free_access: true,
      accessible_toilet: false,
      hearing_loop: false,
      is_course: true,
      course_level: 'A1',
      course_type: 'integration-women',
      course_childcare: true,
      course_women_only: false,
      course_start_date: '2027-01-10',
      valid_from: null,
      valid_until: '2027-06-30',
    });
    expect(record.values).toEqual([
      { facet: 'district', value: 'kernstadt' },
      { facet: 'district', value: 'ahlten' },
      { facet: 'language', value: 'de' },
      { facet: 'language', value: 'ru' },
      { facet: 'target_group', value: 'parents' },
      { facet: 'previous_slug', value: 'kurs-alt' },
    ]);
  });

  test('one normalized entry per locale with a title', () => {
    expect(record.entries.map((entry) => entry.locale)).toEqual(['de', 'ru']);
    const [de, ru] = record.entries;
    expect(de).toMatchObject({
      title: 'deutschkurs fuer muetter',
      summary: 'in der bahnhofstrasse',
      body: 'mit kinderbetreuung',
    });
    expect(de?.extra).toBe(
      'vhs lehrte sprachkurs integration women eltern rathaus kernstadt buergerhaus ahlten'
    );
    expect(ru?.title).toBe('курс для мам');
    // Shared names and labels in the entry's locale, German where untranslated.
    expect(ru?.extra).toContain('языковой курс');
    expect(ru?.extra).toContain('eltern');
  });

  test('an offer that is no course has no course facets', () => {
    const counselling = buildIndexRecord({ ...german, courseLevel: null, courseType: null }, [
      german,
    ]);
    expect(counselling.facets).toMatchObject({
      is_course: false,
      course_level: null,
      course_type: null,
      course_childcare: null,
      course_start_date: null,
    });
  });
});
