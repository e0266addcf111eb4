import type { UID } from '@strapi/strapi';
import { print } from 'graphql';
import { DirectoryTaxonomiesDocument } from '@teilhabe/graphql';
import { localizedTextSchema } from 'strapi-plugin-teilhabe/schemas';
import { FIXTURE_COMMIT, restoreDemoFixture } from './support/demo-fixture';
import { countDocuments, readDocumentTexts, storedFieldTexts } from './support/document-texts';
import {
  EDITORIAL_QUERIES,
  editorialDocument,
  editorialReadings,
  expectedEditorialReadings,
} from './support/public-editorial-texts';
import {
  expectedOfferTexts,
  fromMap,
  offerTextsQuery,
  publicOfferTexts,
  storedPublishedOffers,
  type PublicOffer,
} from './support/public-offer-texts';
import {
  columnOf,
  connectTo,
  readStoredTexts,
  readTextLayout,
  tableOf,
  type StoredTexts,
  type TextLayout,
} from './support/stored-texts';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { differencesOf, type Readings } from './support/text-differences';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#8) Existing data migrates without loss. The demo database as main
 * seeded it before the plugin's custom fields ({@link FIXTURE_COMMIT};
 * fixtures in `cms/tests/migration/`, for the database client this run
 * uses) is loaded into a fresh database; every text is read with SQL; then
 * the current Strapi starts on it without seeding, runs its migrations,
 * schema sync and bootstrap, and every text is read again with SQL, with
 * the Document Service and through the public GraphQL API.
 *
 * No migration in `cms/database/migrations/` is needed, and this test is
 * what shows it: "Text in allen Sprachen" (`plugin::teilhabe.localized-text`)
 * is a custom field of Strapi's type `json`, so a field switched from
 * `json` to it keeps its column, its column type and its stored value (the
 * same `{ "de": "…", "ar": "…" }` map the field's zod schema checks).
 */

let database: TestDatabase;
let before: StoredTexts;
let cms: TestStrapi;

const LOCALIZED_TEXT = 'plugin::teilhabe.localized-text';

const TAXONOMIES = {
  categories: 'plugin::teilhabe.category',
  targetGroups: 'plugin::teilhabe.target-group',
  districts: 'plugin::teilhabe.district',
  courseTypes: 'plugin::teilhabe.course-type',
} as const;

const readAfter = async (layout: TextLayout) => readStoredTexts(cms.strapi.db.connection, layout);

const asReadings = (stored: StoredTexts): Readings =>
  new Map([...stored.rows].map(([key, row]) => [key, row.texts]));

beforeAll(async () => {
  database = await createTestDatabase();
  try {
    await restoreDemoFixture(database);
    const db = connectTo(database);
    try {
      before = await readStoredTexts(db, await readTextLayout(db, database.client));
    } finally {
      await db.destroy();
    }
  } catch (error) {
    await database.drop();
    throw error;
  }
  cms = await startTestStrapi(database);
});

afterAll(async () => {
  await cms?.stop();
});

const rowsOf = (uid: string) =>
  [...before.rows.values()].filter((row) => row.table === tableOf(before.layout, uid));

test(`the fixture is the demo database of ${FIXTURE_COMMIT}: texts in seven locales, plain JSON maps`, () => {
  expect([...before.locales].sort()).toEqual(['ar', 'de', 'en', 'fa', 'ru', 'tr', 'uk']);
  expect(Object.keys(before.layout.contentTypes)).toHaveLength(11);
  expect(before.rows.size).toBeGreaterThan(500);
  const offerLocales = new Set(rowsOf('plugin::teilhabe.offer').map((row) => row.locale));
  expect([...offerLocales].sort()).toEqual([...before.locales].sort());
  const [category] = rowsOf(TAXONOMIES.categories);
  expect(Object.keys(category?.texts.label ?? {}).sort()).toEqual([...before.locales].sort());
});

test("the plugin's tables and text columns are all still there", async () => {
  const after = await readTextLayout(cms.strapi.db.connection, database.client);
  expect(after.tables).toEqual(expect.arrayContaining(before.layout.tables));
  expect(after.contentTypes).toEqual(expect.objectContaining(before.layout.contentTypes));
  for (const [table, columns] of Object.entries(before.layout.columns)) {
    expect({ table, columns: after.columns[table] }).toEqual({
      table,
      columns: expect.arrayContaining(columns),
    });
  }
});

test('every text of every row in every locale is stored as before (SQL)', async () => {
  const after = await readAfter(before.layout);
  expect(differencesOf(asReadings(before), asReadings(after))).toEqual([]);
});

test('every relation between documents is stored as before (SQL)', async () => {
  const after = await readAfter(before.layout);
  expect(Object.keys(before.links).length).toBeGreaterThan(5);
  expect(after.links).toEqual(before.links);
});

test('the Document Service counts as many documents per type, locale and status as before', async () => {
  const expected: Record<string, number> = {};
  const uidOf = Object.fromEntries(
    Object.entries(before.layout.contentTypes).map(([uid, table]) => [table, uid])
  );
  for (const row of before.rows.values()) {
    const key = `${uidOf[row.table]} ${row.locale ?? '-'} ${row.status}`;
    expected[key] = (expected[key] ?? 0) + 1;
  }
  const counted = await countDocuments(cms.strapi, before);
  expect(Object.fromEntries(Object.entries(counted).filter(([, count]) => count > 0))).toEqual(
    expected
  );
});

test('the Document Service reads every text of every version as stored before', async () => {
  const read = await readDocumentTexts(cms.strapi, before);
  expect(read.size).toBe(before.rows.size);
  expect(differencesOf(storedFieldTexts(cms.strapi, before), read)).toEqual([]);
});

test('every migrated "Text in allen Sprachen" passes the validation of its field', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const uid of Object.keys(before.layout.contentTypes)) {
    const { attributes } = cms.strapi.contentTypes[uid as UID.ContentType];
    for (const [name, attribute] of Object.entries(attributes)) {
      if (!('customField' in attribute) || attribute.customField !== LOCALIZED_TEXT) {
        continue;
      }
      const { maxLength } = attribute.options as { maxLength: number };
      const column = columnOf(cms.strapi, uid, name);
      for (const row of rowsOf(uid).filter((candidate) => candidate.texts[column] !== null)) {
        checked += 1;
        const result = localizedTextSchema(maxLength).safeParse(row.texts[column]);
        if (!result.success) {
          problems.push(`${uid} ${row.documentId} ${name}: ${result.error.message}`);
        }
      }
    }
  }
  expect(checked).toBeGreaterThan(50);
  expect(problems.slice(0, 20)).toEqual([]);
});

test('the public GraphQL shows every taxonomy label in every locale as stored before', async () => {
  const expected: Readings = new Map();
  const shown: Readings = new Map();
  for (const locale of before.locales) {
    const response = await cms.graphql(print(DirectoryTaxonomiesDocument), { locale });
    expect(response.body.errors).toBeUndefined();
    for (const [list, uid] of Object.entries(TAXONOMIES)) {
      for (const row of rowsOf(uid)) {
        const code = String(row.texts.code);
        expected.set(`${uid} ${code} ${locale}`, {
          label: fromMap(row.texts.label, locale) ?? { text: code, locale: 'de' },
        });
      }
      const terms = response.body.data.teilhabeDirectoryTaxonomies[list] as Array<{
        code: string;
        label: unknown;
      }>;
      for (const term of terms) {
        shown.set(`${uid} ${term.code} ${locale}`, { label: term.label });
      }
    }
  }
  expect(shown.size).toBeGreaterThan(100);
  expect(differencesOf(expected, shown)).toEqual([]);
});

test("the public GraphQL shows every published offer's texts in every locale as stored before", async () => {
  const expected: Readings = new Map();
  const shown: Readings = new Map();
  const offers = storedPublishedOffers(before);
  expect(offers.length).toBeGreaterThan(40);
  const query = offerTextsQuery(before.locales);
  for (const { documentId, slug } of offers) {
    const response = await cms.graphql(query, { slug });
    expect(response.body.errors).toBeUndefined();
    for (const locale of before.locales) {
      const offer = response.body.data[locale]?.offer as PublicOffer | undefined;
      expect({ slug, locale, documentId: offer?.documentId }).toEqual({ slug, locale, documentId });
      expected.set(`${slug} ${locale}`, expectedOfferTexts(before, offer!, locale));
      shown.set(`${slug} ${locale}`, publicOfferTexts(offer!));
    }
  }
  expect(differencesOf(expected, shown)).toEqual([]);
});

test.each(EDITORIAL_QUERIES)(
  'the public GraphQL lists $field in every locale as stored before',
  async (query) => {
    const expected: Readings = new Map();
    const shown: Readings = new Map();
    for (const locale of before.locales) {
      const response = await cms.graphql(editorialDocument(query), { locale });
      expect(response.body.errors).toBeUndefined();
      for (const [key, texts] of editorialReadings(
        query,
        locale,
        response.body.data[query.field]
      )) {
        shown.set(key, texts);
      }
      for (const [key, texts] of expectedEditorialReadings(cms.strapi, before, query, locale)) {
        expected.set(key, texts);
      }
    }
    expect(expected.size).toBeGreaterThanOrEqual(before.locales.length);
    expect(differencesOf(expected, shown)).toEqual([]);
  }
);
