import { print } from 'graphql';
import { DirectoryDocument, OfferBySlugDocument } from '@teilhabe/graphql';
import { seedDirectoryFixture, type DirectoryFixture } from './support/directory-fixture';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#3) The index follows publishing: publish, unpublish, delete, slug
 * renames and edits of shared reference data reach the public at once;
 * drafts never do. Writes are checked before they are stored.
 */
let cms: TestStrapi;
let fixture: DirectoryFixture;

const OFFER = 'plugin::teilhabe.offer';

const offers = () => cms.strapi.documents(OFFER);

beforeAll(async () => {
  cms = await startTestStrapi();
  fixture = await seedDirectoryFixture(cms.strapi);
});

afterAll(async () => {
  await cms?.stop();
});

const search = async (variables: Record<string, unknown>): Promise<string[]> => {
  const response = await cms.graphql(print(DirectoryDocument), {
    locale: 'de',
    pageSize: 50,
    ...variables,
  });
  expect(response.body.errors).toBeUndefined();
  return response.body.data.teilhabeDirectory.offers
    .map((offer: { documentId: string }) => fixture.keyOf(offer.documentId) ?? offer.documentId)
    .sort();
};

const bySlug = async (slug: string, locale = 'de') => {
  const response = await cms.graphql(print(OfferBySlugDocument), { locale, slug });
  expect(response.body.errors).toBeUndefined();
  return response.body.data.teilhabeOfferBySlug;
};

/**
 * The message of the error a write throws, and one line per problem its
 * details list (`field: problem`): the message itself only names the fields.
 */
const failure = async (write: () => Promise<unknown>): Promise<string> => {
  try {
    await write();
  } catch (error) {
    const { message, details } = error as {
      message: string;
      details?: { errors?: Array<{ path: string[]; message: string }> };
    };
    return [
      message,
      ...(details?.errors ?? []).map((problem) => `${problem.path.join('.')}: ${problem.message}`),
    ].join('\n');
  }
  throw new Error('The write was accepted.');
};

describe('(#3) publishing', () => {
  test('unpublish removes an offer from listing, search and slug; publishing brings it back', async () => {
    expect(await search({ search: 'Sonnenschein' })).toEqual(['kita']);
    await offers().unpublish({ documentId: fixture.ids.kita, locale: '*' });
    expect(await search({})).not.toContain('kita');
    expect(await search({ search: 'Sonnenschein' })).toEqual([]);
    expect(await search({ districts: ['arpke'] })).toEqual(['counselling']);
    expect(await bySlug('kita-arpke')).toBeNull();
    await offers().publish({ documentId: fixture.ids.kita, locale: '*' });
    expect(await search({ search: 'Sonnenschein' })).toEqual(['kita']);
  });

  test('a draft edit stays private until it is published', async () => {
    await offers().update({
      documentId: fixture.ids.job,
      locale: 'de',
      data: { title: 'Berufssprachkurs B2 Pflege' } as never,
    });
    expect(await search({ search: 'Pflege' })).toEqual([]);
    expect((await bySlug('berufssprachkurs-b2')).offer.title.text).toBe('Berufssprachkurs B2');
    await offers().publish({ documentId: fixture.ids.job, locale: 'de' });
    expect(await search({ search: 'Pflege' })).toEqual(['job']);
  });

  test('a new translation is searchable in its locale and listed in availableLocales', async () => {
    await offers().update({
      documentId: fixture.ids.job,
      locale: 'ru',
      data: { title: 'Профессиональный курс B2', translationStatus: 'demo_translation' } as never,
    });
    expect(await search({ locale: 'ru', search: 'професс' })).toEqual([]);
    await offers().publish({ documentId: fixture.ids.job, locale: 'ru' });
    expect(await search({ locale: 'ru', search: 'професс' })).toEqual(['job']);
    const { offer } = await bySlug('berufssprachkurs-b2', 'ru');
    expect(offer.availableLocales).toEqual(['de', 'ru']);
    expect(offer.title).toEqual({ text: 'Профессиональный курс B2', locale: 'ru' });
    expect(offer.summary).toEqual({ text: 'Deutsch für den Beruf.', locale: 'de' });
  });

  test('a translation without its own relations still shows the shared structure', async () => {
    // Strapi 5 keeps relations per locale: clear the Farsi version's own ones.
    await offers().update({
      documentId: fixture.ids.women,
      locale: 'fa',
      data: { provider: null, locations: [], contacts: [], category: null } as never,
    });
    await offers().publish({ documentId: fixture.ids.women, locale: 'fa' });
    const farsiRow = await cms.strapi.db.query(OFFER).findOne({
      where: { documentId: fixture.ids.women, locale: 'fa', publishedAt: { $notNull: true } },
      populate: { provider: true, locations: true, contacts: true },
    });
    expect(farsiRow.provider).toBeNull();
    expect(farsiRow.locations).toEqual([]);
    for (const locale of ['fa', 'en', 'de']) {
      const { offer } = await bySlug('frauenkurs-ahlten', locale);
      expect(offer.provider.documentId).toBe(fixture.providers.vhs);
      expect(
        offer.locations.map((location: { documentId: string }) => location.documentId)
      ).toEqual([fixture.locations.ahlten]);
      expect(offer.contacts).toHaveLength(2);
      expect(offer.category.code).toBe('language-course');
    }
    expect(
      await search({ locale: 'fa', districts: ['ahlten'], category: 'language-course' })
    ).toEqual(['women']);
  });

  test('adding a translation keeps unpublished structure edits of the German draft', async () => {
    await offers().update({
      documentId: fixture.ids.kita,
      locale: 'de',
      data: { costType: 'amount', costAmountEuro: 80, hearingLoop: true } as never,
    });
    // Strapi fills a new locale from the published version and syncs it back to all drafts.
    await offers().update({
      documentId: fixture.ids.kita,
      locale: 'uk',
      data: { title: 'Дитячий садок Сонечко' } as never,
    });
    const drafts = await cms.strapi.db.query(OFFER).findMany({
      where: { documentId: fixture.ids.kita, publishedAt: null },
    });
    expect(drafts.map((row: { locale: string }) => row.locale).sort()).toEqual(['de', 'en', 'uk']);
    for (const row of drafts) {
      expect([row.locale, row.costType, Number(row.costAmountEuro), row.hearingLoop]).toEqual([
        row.locale,
        'amount',
        80,
        true,
      ]);
    }
    expect(await search({ cost: 'paid' })).not.toContain('kita');
    await offers().publish({ documentId: fixture.ids.kita, locale: '*' });
    expect(await search({ cost: 'paid' })).toContain('kita');
    expect((await bySlug('kita-arpke', 'uk')).offer.title.locale).toBe('uk');
  });

  test('deleting an offer removes it', async () => {
    const created = await offers().create({
      locale: 'de',
      data: {
        title: 'Sprachcafé zum Löschen',
        category: { documentId: await categoryId('meeting-place') },
      } as never,
    });
    await offers().publish({ documentId: created.documentId, locale: '*' });
    expect(await search({ search: 'Sprachcafe' })).toEqual([created.documentId]);
    await offers().delete({ documentId: created.documentId, locale: '*' });
    expect(await search({ search: 'Sprachcafe' })).toEqual([]);
  });
});

const categoryId = async (code: string): Promise<string> =>
  (await cms.strapi.db.query('plugin::teilhabe.category').findOne({ where: { code } })).documentId;

describe('(#3) slugs', () => {
  test('a slug is derived from the German title, in Latin letters, and kept unique', async () => {
    const category = { documentId: await categoryId('counselling') };
    const first = await offers().create({
      locale: 'de',
      data: { title: 'Sprechstunde für Mütter & Väter', category } as never,
    });
    const second = await offers().create({
      locale: 'de',
      data: { title: 'Sprechstunde für Mütter & Väter', category } as never,
    });
    expect(first.slug).toBe('sprechstunde-fuer-muetter-vaeter');
    expect(second.slug).toBe('sprechstunde-fuer-muetter-vaeter-2');
    await offers().delete({ documentId: first.documentId, locale: '*' });
    await offers().delete({ documentId: second.documentId, locale: '*' });
  });

  test('after a rename the old slug redirects, in every locale', async () => {
    await offers().update({
      documentId: fixture.ids.counselling,
      locale: 'de',
      data: { slug: 'migrationsberatung-lehrte' } as never,
    });
    // Not yet published: the public still knows the old slug only.
    expect((await bySlug('migrationsberatung')).offer.slug).toBe('migrationsberatung');
    expect(await bySlug('migrationsberatung-lehrte')).toBeNull();
    await offers().publish({ documentId: fixture.ids.counselling, locale: 'de' });
    expect(await bySlug('migrationsberatung')).toEqual({
      offer: null,
      redirectTo: 'migrationsberatung-lehrte',
    });
    expect(await bySlug('migrationsberatung', 'fa')).toEqual({
      offer: null,
      redirectTo: 'migrationsberatung-lehrte',
    });
    expect((await bySlug('migrationsberatung-lehrte', 'fa')).offer.documentId).toBe(
      fixture.ids.counselling
    );
    // A second rename: both old slugs lead to the newest.
    await offers().update({
      documentId: fixture.ids.counselling,
      locale: 'de',
      data: { slug: 'beratung-lehrte' } as never,
    });
    await offers().publish({ documentId: fixture.ids.counselling, locale: 'de' });
    expect((await bySlug('migrationsberatung')).redirectTo).toBe('beratung-lehrte');
    expect((await bySlug('migrationsberatung-lehrte')).redirectTo).toBe('beratung-lehrte');
    const stored = await cms.strapi.db.query(OFFER).findOne({
      where: { documentId: fixture.ids.counselling, locale: 'de', publishedAt: { $notNull: true } },
    });
    expect(stored.previousSlugs).toEqual(['migrationsberatung', 'migrationsberatung-lehrte']);
  });

  test("another offer's slug is refused", async () => {
    const message = await failure(() =>
      offers().update({
        documentId: fixture.ids.job,
        locale: 'de',
        data: { slug: 'kita-arpke' } as never,
      })
    );
    expect(message).toMatch(/"kita-arpke" is already the slug of another offer/);
  });

  test('a slug that is not Latin letters, digits and hyphens is refused', async () => {
    const message = await failure(() =>
      offers().update({
        documentId: fixture.ids.job,
        locale: 'de',
        data: { slug: 'Курс B2' } as never,
      })
    );
    expect(message).toMatch(/slug/);
  });
});

describe('(#3) shared reference data is live on save', () => {
  test("renaming a provider re-indexes its offers' search text", async () => {
    await cms.strapi.documents('plugin::teilhabe.provider').update({
      documentId: fixture.providers.caritas,
      data: { name: 'Beratungszentrum Neustadt' } as never,
    });
    expect(await search({ search: 'Neustadt' })).toEqual(['counselling', 'kita']);
    expect(await search({ search: 'Testhausen' })).toEqual(['general', 'job', 'women']);
  });

  test("moving a location to another district changes its offers' districts", async () => {
    await cms.strapi.documents('plugin::teilhabe.location').update({
      documentId: fixture.locations.arpke,
      data: { district: { documentId: fixture.districts.haemelerwald } } as never,
    });
    expect(await search({ districts: ['haemelerwald'] })).toEqual(['counselling', 'kita']);
    expect(await search({ districts: ['arpke'] })).toEqual([]);
  });

  test('a deleted contact disappears from the offers', async () => {
    await cms.strapi.documents('plugin::teilhabe.contact').delete({
      documentId: fixture.contacts.named,
    });
    const { offer } = await bySlug('beratung-lehrte');
    expect(offer.contacts.map((contact: { documentId: string }) => contact.documentId)).toEqual([
      fixture.contacts.advice,
    ]);
  });

  test('a changed category label is searchable at once', async () => {
    await cms.strapi.documents('plugin::teilhabe.category').update({
      documentId: await categoryId('childcare'),
      data: { label: { de: 'Kinderbetreuung und Krippe', en: 'Childcare' } } as never,
    });
    expect(await search({ search: 'Krippe' })).toEqual(['kita']);
  });
});

describe('(#3) writes are checked', () => {
  const createOffer = (data: Record<string, unknown>) => () =>
    offers().create({ locale: 'de', data: { title: 'Prüfangebot', ...data } as never });

  test.each<[string, Record<string, unknown>, RegExp]>([
    [
      'opening hours that close before they open',
      { openingHours: { weekly: [{ day: 'mon', opens: '12:00', closes: '09:00' }] } },
      /openingHours: .*close after it opens/,
    ],
    [
      'an unknown weekday',
      { openingHours: { weekly: [{ day: 'montag', opens: '09:00', closes: '12:00' }] } },
      /openingHours: weekly\.0\.day/,
    ],
    [
      'a link that is no web address',
      { links: [{ url: 'javascript:alert(1)', label: { de: 'x' } }] },
      /links/,
    ],
    [
      'a link label without German',
      { links: [{ url: 'https://example.org', label: { en: 'x' } }] },
      /German text/,
    ],
    [
      'staff languages that are no codes',
      { staffLanguages: ['Deutsch'] },
      /staffLanguages: .*ISO 639/,
    ],
    [
      'a course that ends before it starts',
      { courseStartDate: '2027-03-01', courseEndDate: '2027-02-01' },
      /courseEndDate/,
    ],
    [
      'more free seats than seats',
      { courseSeatsTotal: 10, courseSeatsFree: 12 },
      /courseSeatsTotal/,
    ],
    ['a price without amount', { costType: 'amount', costAmountEuro: null }, /costAmountEuro/],
  ])('refuses %s', async (_name, data, message) => {
    expect(await failure(createOffer(data))).toMatch(message);
  });

  test("refuses a person's name without recorded consent", async () => {
    const message = await failure(() =>
      cms.strapi.documents('plugin::teilhabe.contact').create({
        data: { internalName: 'x', role: { de: 'Beratung' }, personName: 'Max Muster' } as never,
      })
    );
    expect(message).toMatch(/personConsentRecordedAt/);
  });

  test('refuses a taxonomy label without German', async () => {
    const message = await failure(() =>
      cms.strapi.documents('plugin::teilhabe.district').create({
        data: { code: 'immensen', label: { en: 'Immensen' } } as never,
      })
    );
    expect(message).toMatch(/German text \("de"\) is required/);
  });

  test('refuses to publish without a category, or a translation before the German version', async () => {
    const draft = await offers().create({
      locale: 'de',
      data: { title: 'Ohne Kategorie' } as never,
    });
    expect(
      await failure(() => offers().publish({ documentId: draft.documentId, locale: '*' }))
    ).toMatch(/category/);
    await offers().update({
      documentId: draft.documentId,
      locale: 'en',
      data: { title: 'No category' } as never,
    });
    expect(
      await failure(() => offers().publish({ documentId: draft.documentId, locale: 'en' }))
    ).toMatch(/Publish the German version first/);
    await offers().delete({ documentId: draft.documentId, locale: '*' });
  });

  test('derives the plain text of the description for search', async () => {
    const row = await cms.strapi.db.query(OFFER).findOne({
      where: { documentId: fixture.ids.general, locale: 'de', publishedAt: { $notNull: true } },
    });
    expect(row.descriptionText).toBe('Deutsch lernen\n\nIm Integrationskurs lernen Sie Deutsch.');
  });
});

describe('(#3) the index rebuilds itself', () => {
  test('after a version change or when emptied, from the published offers', async () => {
    const before = await search({});
    const indexer = cms.strapi.plugin('teilhabe').service('directory-index');
    const store = cms.strapi.store({ type: 'plugin', name: 'teilhabe' });
    await store.set({ key: 'directory-index-version', value: 0 });
    await indexer.ensure();
    expect(await search({})).toEqual(before);
    await cms.strapi.db.connection('teilhabe_directory_facets').delete();
    expect(await search({})).toEqual([]);
    await indexer.ensure();
    expect(await search({})).toEqual(before);
    expect(await search({ locale: 'ru', search: 'КУРС' })).toEqual(['general', 'job']);
  });
});
