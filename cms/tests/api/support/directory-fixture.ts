import type { Core } from '@strapi/strapi';
import { cityToday } from '@teilhabe/locales';

/**
 * (#3) A small directory with known offers, independent of the demo data, so
 * that every filter and search has one exact expected result.
 *
 * | key        | category        | districts        | staff      | cost   | access        | course                         | locales      |
 * |------------|-----------------|------------------|------------|--------|---------------|--------------------------------|--------------|
 * | general    | language-course | kernstadt        | de ar      | free   | step-free, wc | A1 general, +14 d, childcare   | de en ru     |
 * | women      | language-course | ahlten           | de tr fa   | 50 €   | hearing loop  | B1 women, +60 d, childcare, ♀  | de fa        |
 * | counselling| counselling     | kernstadt arpke  | de ru uk   | free   | –             | –                              | de           |
 * | kita       | childcare       | arpke            | de en      | free   | step-free     | –                              | de en        |
 * | job        | language-course | kernstadt        | de         | 120 €  | –             | B2 job-related, +200 d         | de           |
 * | expired    | meeting-place   | ahlten           | de         | free   | –             | – (valid until yesterday)      | de           |
 * | draft      | meeting-place   | ahlten           | de fa      | free   | –             | – (never published)            | de           |
 */

export const LISTED = ['general', 'women', 'counselling', 'kita', 'job'] as const;
export type OfferKey = (typeof LISTED)[number] | 'expired' | 'draft';

export interface DirectoryFixture {
  /** Document id per offer key. */
  ids: Record<OfferKey, string>;
  /** Offer key per document id. */
  keyOf: (documentId: string) => OfferKey | undefined;
  providers: Record<'vhs' | 'caritas', string>;
  locations: Record<'rathaus' | 'ahlten' | 'arpke', string>;
  contacts: Record<'office' | 'advice' | 'named', string>;
  districts: Record<string, string>;
  today: string;
}

/** A marker that exists only in never-published drafts. */
export const DIRECTORY_DRAFT_MARKER = 'Entwurfsmarkierung';

const cityDate = (offsetDays: number): string => {
  const date = new Date(`${cityToday()}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + offsetDays);
  return date.toISOString().slice(0, 10);
};

type Labels = Record<string, string>;

const TAXONOMIES: Record<TaxonomyUid, Array<[string, Labels]>> = {
  'plugin::teilhabe.category': [
    [
      'language-course',
      { de: 'Sprachkurs', en: 'Language course', ru: 'Языковой курс', fa: 'کلاس زبان' },
    ],
    ['counselling', { de: 'Beratung', en: 'Counselling', fa: 'مشاوره' }],
    ['childcare', { de: 'Kinderbetreuung', en: 'Childcare' }],
    ['meeting-place', { de: 'Treffpunkt', en: 'Meeting place' }],
  ],
  'plugin::teilhabe.target-group': [
    ['women', { de: 'Frauen', en: 'Women', fa: 'زنان' }],
    ['parents', { de: 'Eltern', en: 'Parents' }],
    ['refugees', { de: 'Geflüchtete', en: 'Refugees' }],
    ['everyone', { de: 'Alle', en: 'Everyone' }],
  ],
  'plugin::teilhabe.district': [
    ['kernstadt', { de: 'Kernstadt', en: 'Town centre' }],
    ['ahlten', { de: 'Ahlten' }],
    ['arpke', { de: 'Arpke' }],
    ['haemelerwald', { de: 'Hämelerwald' }],
  ],
  'plugin::teilhabe.course-type': [
    [
      'integration-general',
      { de: 'Allgemeiner Integrationskurs', en: 'General integration course' },
    ],
    ['integration-women', { de: 'Frauenintegrationskurs', en: 'Integration course for women' }],
    ['job-related', { de: 'Berufssprachkurs', en: 'Job-related language course' }],
  ],
};

type TaxonomyUid =
  | 'plugin::teilhabe.category'
  | 'plugin::teilhabe.target-group'
  | 'plugin::teilhabe.district'
  | 'plugin::teilhabe.course-type';

type ReferenceUid =
  | TaxonomyUid
  | 'plugin::teilhabe.provider'
  | 'plugin::teilhabe.location'
  | 'plugin::teilhabe.contact';

/**
 * Creates the fixture through the Document Service, as editors would: the
 * German version first with structure and relations, translations with
 * texts only, then publishes.
 * @param strapi a running Strapi without directory content
 */
export const seedDirectoryFixture = async (strapi: Core.Strapi): Promise<DirectoryFixture> => {
  const taxonomyIds: Record<string, Record<string, string>> = {};
  for (const [uid, entries] of Object.entries(TAXONOMIES) as Array<
    [TaxonomyUid, (typeof TAXONOMIES)[TaxonomyUid]]
  >) {
    taxonomyIds[uid] = {};
    for (const [position, [code, label]] of entries.entries()) {
      const created = await strapi.documents(uid).create({ data: { code, label, position } });
      taxonomyIds[uid]![code] = created.documentId;
    }
  }
  const term = (uid: TaxonomyUid, code: string) => ({ documentId: taxonomyIds[uid]![code]! });
  const category = (code: string) => term('plugin::teilhabe.category', code);
  const groups = (...codes: string[]) =>
    codes.map((code) => term('plugin::teilhabe.target-group', code));
  const district = (code: string) => term('plugin::teilhabe.district', code);
  const courseType = (code: string) => term('plugin::teilhabe.course-type', code);

  const create = async (uid: ReferenceUid, data: object): Promise<string> =>
    (await strapi.documents(uid).create({ data: data as never })).documentId;

  const providers = {
    vhs: await create('plugin::teilhabe.provider', {
      name: 'Volkshochschule Testhausen',
      website: 'https://vhs.example.org',
      description: { de: 'Bildung für alle', en: 'Education for everyone' },
    }),
    caritas: await create('plugin::teilhabe.provider', { name: 'Beratungsverein Testhausen' }),
  };
  const locations = {
    rathaus: await create('plugin::teilhabe.location', {
      name: 'Rathaus',
      street: 'Rathausplatz 1',
      postalCode: '31275',
      city: 'Lehrte',
      district: district('kernstadt'),
      latitude: 52.372,
      longitude: 9.977,
    }),
    ahlten: await create('plugin::teilhabe.location', {
      name: 'Bürgerhaus Ahlten',
      street: 'Ahltener Weg 3',
      district: district('ahlten'),
      latitude: 52.345,
      longitude: 9.912,
    }),
    arpke: await create('plugin::teilhabe.location', {
      name: 'Gemeindehaus Arpke',
      street: 'Kirchweg 5',
      district: district('arpke'),
    }),
  };
  const contacts = {
    office: await create('plugin::teilhabe.contact', {
      internalName: 'VHS Sekretariat',
      role: { de: 'Sekretariat', en: 'Office', fa: 'دفتر' },
      phone: '+49 5132 0000-1',
      email: 'kurse@vhs.example.org',
      languages: ['de', 'fa'],
    }),
    advice: await create('plugin::teilhabe.contact', {
      internalName: 'Migrationsberatung',
      role: { de: 'Migrationsberatung', en: 'Migration counselling' },
      phone: '+49 5132 0000-2',
      languages: ['de', 'ar', 'ru'],
    }),
    named: await create('plugin::teilhabe.contact', {
      internalName: 'Beraterin mit Einwilligung',
      role: { de: 'Beraterin' },
      personName: 'Erika Beispiel',
      personConsentRecordedAt: '2026-01-15',
      email: 'beratung@example.org',
      languages: ['de', 'uk'],
    }),
  };
  const offers = strapi.documents('plugin::teilhabe.offer');
  const offer = async (
    german: Record<string, unknown>,
    translations: Record<string, Record<string, unknown>> = {},
    publish = true
  ) => {
    const created = await offers.create({
      locale: 'de',
      data: { translationStatus: 'source', ...german } as never,
    });
    for (const [locale, texts] of Object.entries(translations)) {
      await offers.update({
        documentId: created.documentId,
        locale,
        data: { translationStatus: 'reviewed_translation', ...texts } as never,
      });
    }
    if (publish) {
      await offers.publish({ documentId: created.documentId, locale: '*' });
    }
    return created.documentId;
  };

  const ids: Record<OfferKey, string> = {
    general: await offer(
      {
        slug: 'integrationskurs-kernstadt',
        title: 'Integrationskurs am Vormittag',
        summary: 'Deutsch lernen von Anfang an.',
        description: '## Deutsch lernen\n\nIm **Integrationskurs** lernen Sie Deutsch.',
        category: category('language-course'),
        targetGroups: groups('refugees', 'everyone'),
        staffLanguages: ['de', 'ar'],
        costType: 'free',
        stepFreeAccess: true,
        accessibleToilet: true,
        provider: { documentId: providers.vhs },
        locations: [{ documentId: locations.rathaus }],
        contacts: [{ documentId: contacts.office }],
        courseLevel: 'A1',
        courseType: courseType('integration-general'),
        courseStartDate: cityDate(14),
        courseEndDate: cityDate(200),
        courseSchedule: { days: ['mon', 'wed'], start: '09:00', end: '12:15' },
        courseSeatsTotal: 20,
        courseSeatsFree: 4,
        courseChildcare: true,
        openingHours: {
          weekly: [{ day: 'mon', opens: '09:00', closes: '12:00' }],
          exceptions: [{ date: '2026-12-24', closed: true }],
        },
        links: [
          { url: 'https://vhs.example.org/kurse', label: { de: 'Kursseite', en: 'Course page' } },
        ],
        lastVerifiedAt: '2026-11-01',
      },
      {
        en: { title: 'Integration course in the morning', summary: 'Learn German from the start.' },
        ru: {
          title: 'Курс немецкого языка утром',
          summary: 'Изучайте немецкий с самого начала.',
          description: 'На интеграционном курсе вы изучаете немецкий язык.',
        },
      }
    ),
    women: await offer(
      {
        slug: 'frauenkurs-ahlten',
        title: 'Integrationskurs für Frauen',
        summary: 'Deutschkurs für Mütter mit Kinderbetreuung.',
        description: 'Ein Kurs nur für Frauen.',
        costNote: 'Ermäßigung möglich.',
        category: category('language-course'),
        targetGroups: groups('women', 'parents'),
        staffLanguages: ['de', 'tr', 'fa'],
        costType: 'amount',
        costAmountEuro: 50,
        hearingLoop: true,
        provider: { documentId: providers.vhs },
        locations: [{ documentId: locations.ahlten }],
        contacts: [{ documentId: contacts.office }, { documentId: contacts.advice }],
        courseLevel: 'B1',
        courseType: courseType('integration-women'),
        courseStartDate: cityDate(60),
        courseChildcare: true,
        courseWomenOnly: true,
        courseFundingNote: 'Kostenbefreiung über das BAMF möglich.',
      },
      {
        // Stored as many Farsi writers type it on an Arabic keyboard: ك and ي.
        fa: {
          title: 'كلاس آلماني براي زنان',
          summary: 'كلاس زبان آلماني براي مادران همراه با نگهداري از كودك.',
          description: 'كلاس فقط براي زنان.',
          costNote: 'تخفيف ممكن است.',
          courseFundingNote: 'معافيت از هزينه از طريق BAMF ممكن است.',
        },
      }
    ),
    counselling: await offer({
      slug: 'migrationsberatung',
      title: 'Migrationsberatung',
      summary: 'Beratung zu Aufenthalt, Arbeit und Familie.',
      description:
        'Sprechstunde im Büro an der Bahnhofstraße, Eingang über die Straße hinten. Auch Fragen zur Kita.',
      category: category('counselling'),
      targetGroups: groups('refugees'),
      staffLanguages: ['de', 'ru', 'uk'],
      costType: 'free',
      provider: { documentId: providers.caritas },
      locations: [{ documentId: locations.rathaus }, { documentId: locations.arpke }],
      contacts: [{ documentId: contacts.advice }, { documentId: contacts.named }],
      appointmentNeeded: true,
      interpreterAvailable: true,
    }),
    kita: await offer(
      {
        slug: 'kita-arpke',
        title: 'Kita Sonnenschein',
        summary: 'Betreuung für Kinder von 1 bis 6 Jahren.',
        category: category('childcare'),
        targetGroups: groups('parents'),
        staffLanguages: ['de', 'en'],
        costType: 'free',
        stepFreeAccess: true,
        provider: { documentId: providers.caritas },
        locations: [{ documentId: locations.arpke }],
        childcareAgeFromMonths: 12,
        childcareAgeToMonths: 72,
        childcareHours: '07:30–16:00',
        childcarePlaces: 3,
        childcareRegistrationUrl: 'https://kita.example.org/anmeldung',
      },
      { en: { title: 'Sunshine day-care centre', summary: 'Care for children aged 1 to 6.' } }
    ),
    job: await offer({
      slug: 'berufssprachkurs-b2',
      title: 'Berufssprachkurs B2',
      summary: 'Deutsch für den Beruf.',
      category: category('language-course'),
      targetGroups: groups('everyone'),
      staffLanguages: ['de'],
      costType: 'amount',
      costAmountEuro: 120,
      provider: { documentId: providers.vhs },
      locations: [{ documentId: locations.rathaus }],
      courseLevel: 'B2',
      courseType: courseType('job-related'),
      courseStartDate: cityDate(200),
      validUntil: cityDate(400),
    }),
    expired: await offer({
      slug: 'abgelaufener-treff',
      title: 'Abgelaufener Treffpunkt',
      category: category('meeting-place'),
      staffLanguages: ['de'],
      locations: [{ documentId: locations.ahlten }],
      validUntil: cityDate(-1),
    }),
    draft: await offer(
      {
        slug: 'entwurf-treff',
        title: `Treffpunkt ${DIRECTORY_DRAFT_MARKER}`,
        summary: DIRECTORY_DRAFT_MARKER,
        category: category('meeting-place'),
        staffLanguages: ['de', 'fa'],
        locations: [{ documentId: locations.ahlten }],
      },
      { fa: { title: `${DIRECTORY_DRAFT_MARKER} فا` } },
      false
    ),
  };
  const byId = new Map(Object.entries(ids).map(([key, id]) => [id, key as OfferKey]));
  return {
    ids,
    keyOf: (documentId) => byId.get(documentId),
    providers,
    locations,
    contacts,
    districts: taxonomyIds['plugin::teilhabe.district']!,
    today: cityDate(0),
  };
};
