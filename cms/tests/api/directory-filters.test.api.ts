import { print } from 'graphql';
import {
  DirectoryDocument,
  DirectoryTaxonomiesDocument,
  OfferBySlugDocument,
  type DirectoryQuery,
  type DirectoryQueryVariables,
  type OfferBySlugQuery,
} from '@teilhabe/graphql';
import {
  LISTED,
  seedDirectoryFixture,
  type DirectoryFixture,
  type OfferKey,
} from './support/directory-fixture';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#3) The directory's filters and search against a fixture of known offers:
 * each case asserts the exact set of offers, through the operation the
 * portal sends. Runs on SQLite and on PostgreSQL (DATABASE_CLIENT=postgres).
 */
let cms: TestStrapi;
let fixture: DirectoryFixture;

beforeAll(async () => {
  cms = await startTestStrapi();
  fixture = await seedDirectoryFixture(cms.strapi);
});

afterAll(async () => {
  await cms?.stop();
});

type Result = DirectoryQuery['teilhabeDirectory'];
type Variables = Omit<DirectoryQueryVariables, 'locale'> & { locale?: string };

const directory = async (variables: Variables = {}): Promise<Result> => {
  const response = await cms.graphql(print(DirectoryDocument), { locale: 'de', ...variables });
  expect(response.body.errors).toBeUndefined();
  return response.body.data.teilhabeDirectory;
};

/** The offers found, as fixture keys in result order. */
const found = async (variables: Variables = {}): Promise<Array<OfferKey | undefined>> =>
  (await directory({ pageSize: 50, ...variables })).offers.map((offer) =>
    fixture.keyOf(offer.documentId)
  );

const sorted = async (variables: Variables = {}) => (await found(variables)).sort();

const errorOf = async (variables: Record<string, unknown>) => {
  const response = await cms.graphql(print(DirectoryDocument), { locale: 'de', ...variables });
  expect(response.body.data).toBeNull();
  return response.body.errors?.[0];
};

describe('(#3) listing', () => {
  test('lists every published, valid offer once, sorted by title; no draft, nothing expired', async () => {
    const result = await directory();
    expect(result.total).toBe(LISTED.length);
    expect(result.offers.map((offer) => fixture.keyOf(offer.documentId))).toEqual([
      'job', // Berufssprachkurs B2
      'general', // Integrationskurs am Vormittag
      'women', // Integrationskurs für Frauen
      'kita', // Kita Sonnenschein
      'counselling', // Migrationsberatung
    ]);
  });

  test('pages through the result', async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => directory({ page, pageSize: 2 })));
    expect(pages.map((page) => [page.total, page.page, page.pageSize, page.pageCount])).toEqual([
      [5, 1, 2, 3],
      [5, 2, 2, 3],
      [5, 3, 2, 3],
      [5, 4, 2, 3],
    ]);
    const keys = pages.map((page) => page.offers.map((offer) => fixture.keyOf(offer.documentId)));
    expect(keys).toEqual([['job', 'general'], ['women', 'kita'], ['counselling'], []]);
  });
});

describe('(#3) each filter', () => {
  test.each<[string, Variables, OfferKey[]]>([
    ['category', { category: 'language-course' }, ['general', 'job', 'women']],
    ['category counselling', { category: 'counselling' }, ['counselling']],
    ['category without offers', { category: 'meeting-place' }, []],
    ['one district', { districts: ['ahlten'] }, ['women']],
    ['a district of two locations', { districts: ['arpke'] }, ['counselling', 'kita']],
    [
      'any of two districts',
      { districts: ['kernstadt', 'arpke'] },
      ['counselling', 'general', 'job', 'kita'],
    ],
    ['district without offers', { districts: ['haemelerwald'] }, []],
    ['language spoken', { languages: ['fa'] }, ['women']],
    ['any of two languages', { languages: ['ar', 'tr'] }, ['general', 'women']],
    ['language nobody speaks', { languages: ['sq'] }, []],
    ['target group', { targetGroups: ['parents'] }, ['kita', 'women']],
    [
      'any of two target groups',
      { targetGroups: ['women', 'everyone'] },
      ['general', 'job', 'women'],
    ],
    ['free', { cost: 'free' }, ['counselling', 'general', 'kita']],
    ['paid', { cost: 'paid' }, ['job', 'women']],
    ['step-free access', { accessibility: ['step_free_access'] }, ['general', 'kita']],
    [
      'all accessibility features listed',
      { accessibility: ['step_free_access', 'accessible_toilet'] },
      ['general'],
    ],
    ['hearing loop', { accessibility: ['hearing_loop'] }, ['women']],
    ['level', { levels: ['A1'] }, ['general']],
    ['any of two levels', { levels: ['B1', 'B2'] }, ['job', 'women']],
    ['level without courses', { levels: ['C2'] }, []],
    ['course type', { courseTypes: ['integration-women'] }, ['women']],
    ['childcare during the course', { childcareDuringCourse: true }, ['general', 'women']],
    ['courses without childcare', { childcareDuringCourse: false }, ['job']],
    ['women only', { womenOnly: true }, ['women']],
    ['courses open to all', { womenOnly: false }, ['general', 'job']],
    ['starting within 4 weeks', { startsWithinWeeks: 4 }, ['general']],
    ['starting within 12 weeks', { startsWithinWeeks: 12 }, ['general', 'women']],
    ['starting within 52 weeks', { startsWithinWeeks: 52 }, ['general', 'job', 'women']],
  ])('%s', async (_name, variables, expected) => {
    expect(await sorted(variables)).toEqual(expected);
  });
});

describe('(#3) combinations', () => {
  test.each<[string, Variables, OfferKey[]]>([
    [
      'category and district',
      { category: 'language-course', districts: ['kernstadt'] },
      ['general', 'job'],
    ],
    [
      'category, district and cost',
      { category: 'language-course', districts: ['kernstadt'], cost: 'paid' },
      ['job'],
    ],
    [
      'level and childcare',
      { levels: ['A1', 'B1', 'B2'], childcareDuringCourse: true },
      ['general', 'women'],
    ],
    [
      'target group and language',
      { targetGroups: ['refugees'], languages: ['ru'] },
      ['counselling'],
    ],
    ['search and district', { search: 'kurs', districts: ['ahlten'] }, ['women']],
    [
      'search and women only in Farsi',
      { locale: 'fa', search: 'کلاس', womenOnly: true },
      ['women'],
    ],
    [
      'no result: childcare category with Russian',
      { category: 'childcare', languages: ['ru'] },
      [],
    ],
    ['no result: free and hearing loop', { cost: 'free', accessibility: ['hearing_loop'] }, []],
    ['no result: course filter on counselling', { category: 'counselling', levels: ['A1'] }, []],
  ])('%s', async (_name, variables, expected) => {
    expect(await sorted(variables)).toEqual(expected);
  });
});

describe('(#3) search', () => {
  test.each<[string, Variables, OfferKey[]]>([
    ['КУРС finds курс (Cyrillic case folding)', { locale: 'ru', search: 'КУРС' }, ['general']],
    ['a word prefix', { locale: 'ru', search: 'немец' }, ['general']],
    [
      'Farsi typed with ی/ک finds text stored with ي/ك',
      { locale: 'fa', search: 'کلاس آلمانی' },
      ['women'],
    ],
    ['Farsi typed with ي/ك finds it too', { locale: 'fa', search: 'كلاس' }, ['women']],
    ['Strasse finds Straße', { search: 'Strasse' }, ['counselling']],
    ['Straße finds Straße', { search: 'straße' }, ['counselling']],
    ['Muetter finds Mütter', { search: 'Muetter' }, ['women']],
    ['a German word prefix', { search: 'integr' }, ['general', 'women']],
    ['every word must match', { search: 'integrationskurs frauen' }, ['women']],
    ['provider names are searchable', { search: 'Volkshochschule' }, ['general', 'job', 'women']],
    [
      'German text is searched from another locale',
      { locale: 'fa', search: 'Migrationsberatung' },
      ['counselling'],
    ],
    ['no match', { search: 'Quantenphysik' }, []],
    ['never the draft', { search: 'Entwurfsmarkierung' }, []],
    ['never the expired offer', { search: 'Abgelaufener' }, []],
    ['punctuation only is no search', { search: '?!' }, [...LISTED].sort()],
  ])('%s', async (_name, variables, expected) => {
    expect(await sorted(variables)).toEqual(expected);
  });

  test('ranks a title match before a match in the text', async () => {
    // kita: "Kita" in the title; counselling: in the description.
    expect(await found({ search: 'Kita' })).toEqual(['kita', 'counselling']);
    // women: in the summary; kita: only in its category's label.
    expect(await found({ search: 'Kinderbetreuung' })).toEqual(['women', 'kita']);
  });
});

describe('(#3) fallback to German', () => {
  test('fa lists German-only offers, with German texts marked as German', async () => {
    const result = await directory({ locale: 'fa', pageSize: 50 });
    expect(result.offers.map((offer) => fixture.keyOf(offer.documentId)).sort()).toEqual(
      [...LISTED].sort()
    );
    const counselling = result.offers.find(
      (offer) => offer.documentId === fixture.ids.counselling
    )!;
    expect(counselling.title).toEqual({ text: 'Migrationsberatung', locale: 'de' });
    expect(counselling.summary?.locale).toBe('de');
    expect(counselling.isFallback).toBe(true);
    expect(counselling.availableLocales).toEqual(['de']);
    const women = result.offers.find((offer) => offer.documentId === fixture.ids.women)!;
    expect(women.title).toEqual({ text: 'كلاس آلماني براي زنان', locale: 'fa' });
    expect(women.isFallback).toBe(false);
    expect(women.availableLocales).toEqual(['de', 'fa']);
  });

  test('texts fall back field by field', async () => {
    // The English version of "general" has a title and a summary, but no description.
    const response = await cms.graphql(print(OfferBySlugDocument), {
      locale: 'en',
      slug: 'integrationskurs-kernstadt',
    });
    const offer = response.body.data.teilhabeOfferBySlug.offer as NonNullable<
      OfferBySlugQuery['teilhabeOfferBySlug']
    >['offer'];
    expect(offer?.title).toEqual({ text: 'Integration course in the morning', locale: 'en' });
    expect(offer?.description).toEqual({
      text: '## Deutsch lernen\n\nIm **Integrationskurs** lernen Sie Deutsch.',
      locale: 'de',
    });
    expect(offer?.isFallback).toBe(true);
    expect(offer?.translationStatus).toBe('reviewed_translation');
    expect(offer?.availableLocales).toEqual(['de', 'en', 'ru']);
    expect(offer?.category?.label).toEqual({ text: 'Language course', locale: 'en' });
    expect(offer?.links).toEqual([
      { url: 'https://vhs.example.org/kurse', label: { text: 'Course page', locale: 'en' } },
    ]);
  });

  test.each(['de', 'fa', 'en'])(
    'the de+fa offer keeps provider, locations and contacts in %s',
    async (locale) => {
      const response = await cms.graphql(print(OfferBySlugDocument), {
        locale,
        slug: 'frauenkurs-ahlten',
      });
      expect(response.body.errors).toBeUndefined();
      const offer = response.body.data.teilhabeOfferBySlug.offer;
      expect(offer.provider).toMatchObject({
        documentId: fixture.providers.vhs,
        name: 'Volkshochschule Testhausen',
      });
      expect(
        offer.locations.map((location: { documentId: string }) => location.documentId)
      ).toEqual([fixture.locations.ahlten]);
      expect(offer.locations[0].district.code).toBe('ahlten');
      expect(offer.locations[0].latitude).toBeCloseTo(52.345, 6);
      expect(offer.contacts.map((contact: { documentId: string }) => contact.documentId)).toEqual([
        fixture.contacts.office,
        fixture.contacts.advice,
      ]);
      expect(offer.category.code).toBe('language-course');
      expect(offer.targetGroups.map((group: { code: string }) => group.code)).toEqual([
        'women',
        'parents',
      ]);
      expect(offer.languageCourse).toMatchObject({
        level: 'B1',
        courseType: { code: 'integration-women' },
        childcare: true,
        womenOnly: true,
      });
      expect(offer.cost).toMatchObject({ type: 'amount', amountEuro: 50 });
      expect(offer.title.locale).toBe(locale === 'fa' ? 'fa' : 'de');
      expect(offer.availableLocales).toEqual(['de', 'fa']);
    }
  );

  test('the fa list has the same structure as the German one', async () => {
    const [german, farsi] = await Promise.all([
      directory({ pageSize: 50 }),
      directory({ locale: 'fa', pageSize: 50 }),
    ]);
    const structure = (result: Result) =>
      result.offers
        .map((offer) => ({
          documentId: offer.documentId,
          slug: offer.slug,
          category: offer.category?.code,
          districts: offer.districts.map((district) => district.code),
          provider: offer.provider?.documentId,
          course: offer.languageCourse?.level,
        }))
        .sort((a, b) => a.slug.localeCompare(b.slug));
    expect(structure(farsi)).toEqual(structure(german));
  });
});

describe('(#3) offer by slug', () => {
  test('returns the details of a published offer', async () => {
    const response = await cms.graphql(print(OfferBySlugDocument), {
      locale: 'de',
      slug: 'migrationsberatung',
    });
    const { offer, redirectTo } = response.body.data.teilhabeOfferBySlug;
    expect(redirectTo).toBeNull();
    expect(offer.description.text).toContain('Bahnhofstraße');
    expect(offer.appointmentNeeded).toBe(true);
    expect(offer.interpreterAvailable).toBe(true);
    expect(
      offer.contacts.map((contact: { personName: string | null }) => contact.personName)
    ).toEqual([null, 'Erika Beispiel']);
    expect(offer.districts.map((district: { code: string }) => district.code)).toEqual([
      'kernstadt',
      'arpke',
    ]);
  });

  test('structured details come through', async () => {
    const general = (
      await cms.graphql(print(OfferBySlugDocument), {
        locale: 'de',
        slug: 'integrationskurs-kernstadt',
      })
    ).body.data.teilhabeOfferBySlug.offer;
    expect(general.openingHours).toEqual({
      weekly: [{ day: 'mon', opens: '09:00', closes: '12:00' }],
      exceptions: [{ date: '2026-12-24', closed: true, opens: null, closes: null }],
    });
    expect(general.languageCourse.schedule).toEqual({
      days: ['mon', 'wed'],
      start: '09:00',
      end: '12:15',
    });
    expect(general.languageCourse.seatsFree).toBe(4);
    expect(general.lastVerifiedAt).toBe('2026-11-01');
    const kita = (
      await cms.graphql(print(OfferBySlugDocument), { locale: 'de', slug: 'kita-arpke' })
    ).body.data.teilhabeOfferBySlug.offer;
    expect(kita.childcare).toEqual({
      ageFromMonths: 12,
      ageToMonths: 72,
      hours: '07:30–16:00',
      places: 3,
      registrationUrl: 'https://kita.example.org/anmeldung',
    });
    expect(kita.languageCourse).toBeNull();
  });

  test.each([['entwurf-treff'], ['gibt-es-nicht']])('finds nothing for %s', async (slug) => {
    const response = await cms.graphql(print(OfferBySlugDocument), { locale: 'de', slug });
    expect(response.body.errors).toBeUndefined();
    expect(response.body.data.teilhabeOfferBySlug).toBeNull();
  });

  test('an expired offer is still found by its slug', async () => {
    const response = await cms.graphql(print(OfferBySlugDocument), {
      locale: 'de',
      slug: 'abgelaufener-treff',
    });
    expect(response.body.data.teilhabeOfferBySlug.offer.documentId).toBe(fixture.ids.expired);
  });
});

describe('(#3) taxonomies', () => {
  test('codes with labels in the locale, falling back to German', async () => {
    const response = await cms.graphql(print(DirectoryTaxonomiesDocument), { locale: 'fa' });
    expect(response.body.errors).toBeUndefined();
    const taxonomies = response.body.data.teilhabeDirectoryTaxonomies;
    expect(taxonomies.categories.map((term: { code: string }) => term.code)).toEqual([
      'language-course',
      'counselling',
      'childcare',
      'meeting-place',
    ]);
    expect(taxonomies.categories[0].label).toEqual({ text: 'کلاس زبان', locale: 'fa' });
    expect(taxonomies.categories[2].label).toEqual({ text: 'Kinderbetreuung', locale: 'de' });
    expect(taxonomies.districts).toHaveLength(4);
    expect(taxonomies.courseTypes).toHaveLength(3);
    // Languages of published offers (the expired one included), not of the draft.
    expect(taxonomies.staffLanguages).toEqual(['ar', 'de', 'en', 'fa', 'ru', 'tr', 'uk']);
  });
});

describe('(#3) bad input is refused with a clear message', () => {
  test.each<[string, Record<string, unknown>, RegExp]>([
    ['unknown category', { category: 'astrology' }, /Unknown category "astrology"/],
    ['unknown district', { districts: ['atlantis'] }, /Unknown district "atlantis"/],
    ['unknown target group', { targetGroups: ['martians'] }, /Unknown target group "martians"/],
    ['unknown course type', { courseTypes: ['klingon'] }, /Unknown course type "klingon"/],
    ['pageSize above 50', { pageSize: 51 }, /pageSize must be between 1 and 50/],
    ['pageSize 0', { pageSize: 0 }, /pageSize must be between 1 and 50/],
    ['negative page', { page: -1 }, /page must be 1 or more/],
    ['page 0', { page: 0 }, /page must be 1 or more/],
    ['unknown locale', { locale: 'xx' }, /Unknown locale "xx"/],
    ['a language that is no code', { languages: ['Deutsch'] }, /ISO 639/],
    [
      'startsWithinWeeks negative',
      { startsWithinWeeks: -2 },
      /startsWithinWeeks must be 0 or more/,
    ],
    ['an overlong search', { search: 'x'.repeat(201) }, /search is limited to 200 characters/],
  ])('%s', async (_name, variables, message) => {
    const error = await errorOf(variables);
    expect(error?.message).toMatch(message);
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('an unknown locale in the other queries', async () => {
    for (const [document, variables] of [
      [OfferBySlugDocument, { locale: 'xx', slug: 'migrationsberatung' }],
      [DirectoryTaxonomiesDocument, { locale: 'xx' }],
    ] as const) {
      const response = await cms.graphql(print(document), variables);
      expect(response.body.errors?.[0]?.message).toMatch(/Unknown locale "xx"/);
    }
  });

  test('an unknown enum value is refused by GraphQL itself', async () => {
    const response = await cms.graphql(print(DirectoryDocument), { locale: 'de', cost: 'cheap' });
    expect(response.body.errors?.[0]?.message).toMatch(/TeilhabeCostFilter/);
  });
});

describe('(#3) REST reads the same directory', () => {
  test('filters, slug and taxonomies', async () => {
    const list = await cms.get(
      '/api/teilhabe/directory?locale=fa&category=language-course&districts=kernstadt,ahlten&pageSize=10'
    );
    expect(list.status).toBe(200);
    expect(
      list.body.offers
        .map((offer: { documentId: string }) => fixture.keyOf(offer.documentId))
        .sort()
    ).toEqual(['general', 'job', 'women']);
    const offer = await cms.get('/api/teilhabe/directory/offers/kita-arpke?locale=en');
    expect(offer.body.offer.title).toEqual({ text: 'Sunshine day-care centre', locale: 'en' });
    const missing = await cms.get('/api/teilhabe/directory/offers/entwurf-treff?locale=de');
    expect(missing.status).toBe(404);
    const bad = await cms.get('/api/teilhabe/directory?locale=de&pageSize=500');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/pageSize must be between 1 and 50/);
    const taxonomies = await cms.get('/api/teilhabe/directory/taxonomies?locale=en');
    expect(taxonomies.body.districts[0].label).toEqual({ text: 'Town centre', locale: 'en' });
  });
});
