import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema } from 'graphql';
import { probeQueries } from './support/graphql-probe';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#2) No draft reaches the public: every query field, with every argument
 * that could reach a draft, and REST with `status`/`populate`, never shows a
 * marker that exists only in drafts.
 */
const MARKER = `DRAFTMARKER${Date.now().toString(36)}`;

let cms: TestStrapi;
const draftDocumentIds: string[] = [];

const seedDocuments = async () => {
  const { strapi } = cms;
  const pages = strapi.documents('plugin::teilhabe.page');
  // 1. A page that exists only as a draft, in German and Arabic.
  const draftOnly = await pages.create({
    locale: 'de',
    data: {
      slug: `draft-${MARKER.toLowerCase()}`,
      role: 'other',
      title: `${MARKER} title`,
      body: MARKER,
      summary: MARKER,
      translationStatus: 'source',
    },
  });
  await pages.update({
    documentId: draftOnly.documentId,
    locale: 'ar',
    data: { title: `${MARKER} عنوان`, body: MARKER },
  });
  // 2. A published page whose newer draft carries the marker.
  const published = await pages.create({
    locale: 'de',
    data: {
      slug: 'published-page',
      role: 'imprint',
      title: 'Impressum',
      body: 'Öffentlich',
      translationStatus: 'source',
    },
  });
  await pages.publish({ documentId: published.documentId, locale: '*' });
  await pages.update({
    documentId: published.documentId,
    locale: 'de',
    data: { title: `${MARKER} unpublished edit`, body: MARKER },
  });
  // 3. A life situation as a draft only.
  const situation = await strapi.documents('plugin::teilhabe.life-situation').create({
    locale: 'de',
    data: {
      code: `draft-${MARKER.toLowerCase()}`,
      icon: 'advice',
      title: MARKER,
      teaser: MARKER,
      translationStatus: 'source',
    },
  });
  // 4. Site settings that were never published.
  const settings = await strapi.documents('plugin::teilhabe.site-setting').create({
    locale: 'de',
    data: {
      cityName: MARKER,
      siteTitle: MARKER,
      welcomeHeading: MARKER,
      footerText: MARKER,
      translationStatus: 'source',
    },
  });
  draftDocumentIds.push(
    draftOnly.documentId,
    published.documentId,
    situation.documentId,
    settings.documentId,
    ...(await seedDirectoryDrafts())
  );
  return published.documentId;
};

/** Draft-only slugs of the directory, probed as `slug`. */
const draftSlugs = [`draft-${MARKER.toLowerCase()}`, `renamed-${MARKER.toLowerCase()}`];

/**
 * (#3) Directory offers whose marker exists only in drafts: a draft-only
 * offer (German and Arabic), a published offer with an unpublished edit and
 * slug rename, and an offer that was published and then unpublished.
 */
const seedDirectoryDrafts = async (): Promise<string[]> => {
  const { strapi } = cms;
  const offers = strapi.documents('plugin::teilhabe.offer');
  const category = await strapi.documents('plugin::teilhabe.category').create({
    data: { code: 'counselling', label: { de: 'Beratung' } },
  });
  const draftOnly = await offers.create({
    locale: 'de',
    data: {
      slug: draftSlugs[0],
      title: `${MARKER} Angebot`,
      summary: MARKER,
      category: { documentId: category.documentId },
      translationStatus: 'source',
    } as never,
  });
  await offers.update({
    documentId: draftOnly.documentId,
    locale: 'ar',
    data: { title: `${MARKER} عرض`, description: MARKER } as never,
  });
  const edited = await offers.create({
    locale: 'de',
    data: {
      slug: 'oeffentliche-beratung',
      title: 'Öffentliche Beratung',
      category: { documentId: category.documentId },
      translationStatus: 'source',
    } as never,
  });
  await offers.publish({ documentId: edited.documentId, locale: '*' });
  await offers.update({
    documentId: edited.documentId,
    locale: 'de',
    data: { slug: draftSlugs[1], title: `${MARKER} unpublished edit`, summary: MARKER } as never,
  });
  const withdrawn = await offers.create({
    locale: 'de',
    data: {
      slug: 'zurueckgezogen',
      title: `${MARKER} zurückgezogen`,
      category: { documentId: category.documentId },
      translationStatus: 'source',
    } as never,
  });
  await offers.publish({ documentId: withdrawn.documentId, locale: '*' });
  await offers.unpublish({ documentId: withdrawn.documentId, locale: '*' });
  return [draftOnly.documentId, edited.documentId, withdrawn.documentId];
};

let publishedId: string;

beforeAll(async () => {
  cms = await startTestStrapi();
  publishedId = await seedDocuments();
});

afterAll(async () => {
  await cms?.stop();
});

test('the marker really is in the drafts (the probe can fail)', async () => {
  const drafts = await cms.strapi
    .documents('plugin::teilhabe.page')
    .findMany({ status: 'draft', locale: 'de', filters: { title: { $contains: MARKER } } });
  expect(drafts.length).toBe(2);
});

test('(#3) the marker really is in the directory drafts', async () => {
  const drafts = await cms.strapi.documents('plugin::teilhabe.offer').findMany({
    status: 'draft',
    locale: 'de',
    filters: { title: { $contains: MARKER } },
  });
  expect(drafts.length).toBe(3);
});

test('the public sees published content through GraphQL', async () => {
  const response = await cms.graphql(
    'query($id: ID!) { teilhabePage(documentId: $id, locale: "de") { title body } }',
    { id: publishedId }
  );
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data.teilhabePage).toEqual({ title: 'Impressum', body: 'Öffentlich' });
});

test('no GraphQL query field or argument combination returns a draft', async () => {
  // Introspection is off outside development: the committed artifact is the
  // public schema (schema-artifact.test.api.ts keeps it equal to the served one).
  const schema = buildSchema(
    readFileSync(path.resolve(__dirname, '../../../packages/graphql/schema.graphql'), 'utf8')
  );
  const probes = probeQueries(schema, {
    documentIds: draftDocumentIds,
    locales: ['de', 'ar'],
    args: { slug: [...draftSlugs, 'zurueckgezogen'], search: [MARKER, MARKER.slice(0, 6)] },
  });
  const fields = new Set(probes.map((probe) => probe.label.split('(')[0]));
  const labels = probes.map((probe) => probe.label);
  expect(labels).toContain(`teilhabeOfferBySlug(locale: "ar", slug: "${draftSlugs[1]}")`);
  expect(labels).toContain(`teilhabeDirectory(locale: "de", search: "${MARKER}")`);
  // The probe must cover the plugin's queries, lists, connections and single types.
  for (const name of [
    'teilhabePage',
    'teilhabePages',
    'teilhabePages_connection',
    'teilhabeLifeSituations',
    'teilhabeLifeSituations_connection',
    'teilhabeSiteSetting',
    'teilhabeDirectory',
    'teilhabeOfferBySlug',
    'teilhabeDirectoryTaxonomies',
  ]) {
    expect(fields).toContain(name);
  }
  const leaks: string[] = [];
  let answered = 0;
  for (const probe of probes) {
    const response = await cms.graphql(probe.query);
    if (response.body?.data) {
      answered += 1;
    }
    if (JSON.stringify(response.body).includes(MARKER)) {
      leaks.push(probe.label);
    }
  }
  expect(leaks).toEqual([]);
  expect(answered).toBeGreaterThan(probes.length / 2);
});

test('no REST parameter returns a draft', async () => {
  const [draftOnly, published] = draftDocumentIds;
  const urls = [
    '/api/teilhabe/pages',
    '/api/teilhabe/pages?status=draft',
    '/api/teilhabe/pages?status=draft&locale=ar',
    '/api/teilhabe/pages?populate=*',
    '/api/teilhabe/pages?status=draft&populate=*',
    '/api/teilhabe/pages?publicationState=preview',
    '/api/teilhabe/pages?hasPublishedVersion=false&status=draft',
    `/api/teilhabe/pages?filters[documentId][$eq]=${draftOnly}&status=draft`,
    `/api/teilhabe/pages/${draftOnly}`,
    `/api/teilhabe/pages/${draftOnly}?status=draft`,
    `/api/teilhabe/pages/${published}?status=draft`,
    `/api/teilhabe/pages/${published}?status=draft&populate=localizations`,
    '/api/teilhabe/life-situations?status=draft',
    '/api/teilhabe/life-situations?status=draft&populate=*',
    '/api/teilhabe/site-setting?status=draft',
    '/api/teilhabe/site-setting?status=draft&populate=*',
    `/api/teilhabe/directory?locale=de&search=${MARKER}`,
    `/api/teilhabe/directory?locale=ar&search=${MARKER}&status=draft`,
    '/api/teilhabe/directory?locale=de&status=draft&pageSize=50',
    ...[...draftSlugs, 'zurueckgezogen'].flatMap((slug) => [
      `/api/teilhabe/directory/offers/${slug}?locale=de`,
      `/api/teilhabe/directory/offers/${slug}?locale=ar&status=draft`,
    ]),
  ];
  const leaks: string[] = [];
  for (const url of urls) {
    const response = await cms.get(url);
    if (response.text.includes(MARKER)) {
      leaks.push(url);
    }
  }
  expect(leaks).toEqual([]);
  const list = await cms.get('/api/teilhabe/pages?status=draft');
  expect(list.status).toBe(200);
  expect(list.body.data.map((page: { title: string }) => page.title)).toEqual(['Impressum']);
  const directory = await cms.get('/api/teilhabe/directory?locale=de');
  expect(directory.status).toBe(200);
  expect(
    directory.body.offers.map((offer: { title: { text: string } }) => offer.title.text)
  ).toEqual(['Öffentliche Beratung']);
});

test('the public role cannot write through GraphQL', async () => {
  const response = await cms.graphql(
    'mutation { createTeilhabePage(data: { title: "x", slug: "x", role: other }) { documentId } }'
  );
  expect(response.status).toBe(400);
  expect(response.body.errors?.[0]?.message).toMatch(/queries only/);
});
