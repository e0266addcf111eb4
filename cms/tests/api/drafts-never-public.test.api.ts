import { randomBytes } from 'node:crypto';
import {
  answeredShare,
  differences,
  guessByCharacter,
  probeKey,
  restUrl,
  runGraphqlProbes,
  runRestProbes,
  type FilterProbe,
  type Outcome,
} from './support/draft-filter-probe';
import {
  filterTemplates,
  LOGICAL_HOPS,
  probeQueries,
  publicSchema,
  type FilterTemplate,
} from './support/graphql-probe';
import {
  ensureFormsSecrets,
  fixtureForm,
  post as postForm,
  publishForm,
  renderedEarlier,
} from './support/forms-fixture';
import request from 'supertest';
import {
  seedConceptDrafts,
  seedConceptFixture,
  type ConceptFixture,
} from './support/concept-fixture';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#2) No draft reaches the public: every query field, with every argument
 * that could reach a draft, and REST with `status`/`populate`, never shows a
 * marker that exists only in drafts; and no filter value, on any filterable
 * path, lets a draft change which published documents are listed.
 */
const MARKER = `DRAFTMARKER${Date.now().toString(36)}`;
/**
 * The draft-only text. Its first and last characters occur in no published
 * text, so a filter on any prefix or suffix of it matches published content
 * exactly as a random string does.
 */
const SECRET = `ǂ${MARKER}ǂ`;
/** A position only a draft life situation has. */
const DRAFT_POSITION = 4242;
const DRAFT_SLUG = `draft-${MARKER.toLowerCase()}`;

let cms: TestStrapi;
const draftDocumentIds: string[] = [];
/** Documents with drafts, by content type. */
const draftIds = { pages: [] as string[], situations: [] as string[], settings: [] as string[] };
const published: Record<
  'imprint' | 'privacy' | 'accessibility' | 'situation' | 'glossary',
  string
> = {
  imprint: '',
  privacy: '',
  accessibility: '',
  situation: '',
  glossary: '',
};
/** (#10) The published concept the drafts are added to. */
let concept: ConceptFixture;
/** A moment after all published content was written and before any draft. */
let draftsBegan = '';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Published pages and a life situation, each of which later gets drafts. */
const seedPublished = async () => {
  const { strapi } = cms;
  const pages = strapi.documents('plugin::teilhabe.page');
  const page = async (data: Record<string, unknown>, arabic?: Record<string, unknown>) => {
    const created = await pages.create({
      locale: 'de',
      data: { translationStatus: 'source', ...data } as never,
    });
    if (arabic) {
      await pages.update({ documentId: created.documentId, locale: 'ar', data: arabic as never });
    }
    await pages.publish({ documentId: created.documentId, locale: '*' });
    return created.documentId;
  };
  published.imprint = await page({
    slug: 'published-page',
    role: 'imprint',
    title: 'Impressum',
    body: 'Öffentlich',
  });
  published.privacy = await page({ slug: 'datenschutz', role: 'privacy', title: 'Datenschutz' });
  published.accessibility = await page(
    { slug: 'barrierefreiheit', role: 'accessibility', title: 'Barrierefreiheit' },
    {
      slug: 'barrierefreiheit',
      role: 'accessibility',
      title: 'إمكانية الوصول',
      translationStatus: 'reviewed_translation',
    }
  );
  const situations = strapi.documents('plugin::teilhabe.life-situation');
  const situation = await situations.create({
    locale: 'de',
    data: {
      code: 'deutsch-lernen',
      icon: 'language',
      position: 1,
      title: 'Deutsch lernen',
      teaser: 'Kurse in Lehrte',
      translationStatus: 'source',
    },
  });
  await situations.publish({ documentId: situation.documentId, locale: '*' });
  published.situation = situation.documentId;
  const terms = strapi.documents('plugin::teilhabe.glossary-term');
  const term = await terms.create({
    locale: 'de',
    data: {
      slug: 'handlungsfeld',
      term: 'Handlungsfeld',
      definition: 'Ein Themenbereich des Konzepts.',
      translationStatus: 'source',
    },
  });
  await terms.update({
    documentId: term.documentId,
    locale: 'ar',
    data: {
      slug: 'handlungsfeld',
      term: 'مجال العمل',
      definition: 'موضوع.',
      translationStatus: 'demo_translation',
    },
  });
  await terms.publish({ documentId: term.documentId, locale: '*' });
  published.glossary = term.documentId;
  await strapi.documents('plugin::teilhabe.comment').create({
    data: {
      subject: 'kinderbetreuung',
      text: 'Öffentlich',
      language: 'de',
      publishedOn: '2026-11-01',
    },
    status: 'published',
  });
};

/** Drafts only: the marker exists nowhere else. */
const seedDrafts = async () => {
  const { strapi } = cms;
  const pages = strapi.documents('plugin::teilhabe.page');
  // 1. A page that exists only as a draft, in German and Arabic.
  const draftOnly = await pages.create({
    locale: 'de',
    data: {
      slug: DRAFT_SLUG,
      role: 'other',
      title: `${SECRET} title`,
      body: SECRET,
      summary: SECRET,
      translationStatus: 'source',
    },
  });
  await pages.update({
    documentId: draftOnly.documentId,
    locale: 'ar',
    data: { title: `${SECRET} عنوان`, body: SECRET },
  });
  // 2. A published page whose newer draft carries the marker.
  await pages.update({
    documentId: published.imprint,
    locale: 'de',
    data: { title: `${SECRET} unpublished edit`, body: SECRET },
  });
  // 3. A published page whose Arabic translation exists only as a draft.
  await pages.update({
    documentId: published.privacy,
    locale: 'ar',
    data: { title: `${SECRET} سياسة الخصوصية`, summary: SECRET },
  });
  // 4. A published Arabic translation with a newer draft.
  await pages.update({
    documentId: published.accessibility,
    locale: 'ar',
    data: { title: `${SECRET} الوصول`, body: SECRET },
  });
  // 5. A life situation as a draft only, and an unpublished translation of a published one.
  const situations = strapi.documents('plugin::teilhabe.life-situation');
  const situation = await situations.create({
    locale: 'de',
    data: {
      code: `draft-${MARKER.toLowerCase()}`,
      icon: 'advice',
      position: DRAFT_POSITION,
      title: SECRET,
      teaser: SECRET,
      translationStatus: 'source',
    },
  });
  await situations.update({
    documentId: published.situation,
    locale: 'ar',
    data: { title: `${SECRET} تعلم الألمانية`, teaser: SECRET },
  });
  // 6. Site settings that were never published.
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
  draftIds.pages.push(
    draftOnly.documentId,
    published.imprint,
    published.privacy,
    published.accessibility
  );
  draftIds.situations.push(situation.documentId, published.situation);
  draftIds.settings.push(settings.documentId);
  draftDocumentIds.push(
    ...draftIds.pages,
    ...draftIds.situations,
    ...draftIds.settings,
    ...(await seedDirectoryDrafts()),
    ...(await seedFormDrafts()),
    ...(await seedConceptExtraDrafts()),
    ...(await seedConceptDrafts(cms.strapi, concept, MARKER))
  );
};

/** Subjects of comments: one with a published comment, one with a draft only. */
const SUBJECTS = ['kinderbetreuung', `entwurf-${MARKER.toLowerCase()}`];

/**
 * (#10) The glossary and the public comments: a draft-only term (German and
 * Arabic), a published term whose Arabic text has a newer draft, a comment
 * that was never published on a subject with a published one, and a
 * comment that was published and then withdrawn.
 */
const seedConceptExtraDrafts = async (): Promise<string[]> => {
  const { strapi } = cms;
  const terms = strapi.documents('plugin::teilhabe.glossary-term');
  const draftOnly = await terms.create({
    locale: 'de',
    data: {
      slug: DRAFT_SLUG,
      term: `${SECRET} Begriff`,
      definition: SECRET,
      translationStatus: 'source',
    },
  });
  await terms.update({
    documentId: draftOnly.documentId,
    locale: 'ar',
    data: {
      slug: DRAFT_SLUG,
      term: `${SECRET} مصطلح`,
      definition: SECRET,
      translationStatus: 'demo_translation',
    },
  });
  await terms.update({
    documentId: published.glossary,
    locale: 'ar',
    data: { definition: `${SECRET} تعريف` },
  });
  const comments = strapi.documents('plugin::teilhabe.comment');
  const unpublished = await comments.create({
    data: { subject: SUBJECTS[0]!, text: SECRET, language: 'ar', publishedOn: '2026-11-02' },
  });
  const withdrawn = await comments.create({
    data: { subject: SUBJECTS[1]!, text: SECRET, language: 'de', publishedOn: '2026-11-03' },
    status: 'published',
  });
  await comments.unpublish({ documentId: withdrawn.documentId });
  return [draftOnly.documentId, published.glossary, unpublished.documentId, withdrawn.documentId];
};

/** Draft-only slugs of the directory, probed as `slug`. */
const draftSlugs = [DRAFT_SLUG, `renamed-${MARKER.toLowerCase()}`];

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

/**
 * (#9) Forms whose marker exists only in drafts or in a submission: a
 * draft-only form, a published form with an unpublished edit, and a
 * submission whose answer holds the marker.
 */
const seedFormDrafts = async (): Promise<string[]> => {
  ensureFormsSecrets();
  const { strapi } = cms;
  const forms = strapi.documents('plugin::teilhabe.form');
  const draftOnly = await forms.create({
    data: fixtureForm(draftSlugs[0]!, {
      title: { de: `${MARKER} Formular`, ar: `${MARKER} نموذج` },
    }) as never,
  });
  const editedId = await publishForm(strapi, 'oeffentliches-formular');
  await forms.update({
    documentId: editedId,
    data: { slug: draftSlugs[1], intro: { de: MARKER, ar: SECRET } } as never,
  });
  const rendered = await renderedEarlier(strapi, 'oeffentliches-formular');
  const sent = await postForm(strapi, '/oeffentliches-formular/submissions', {
    version: rendered.snapshot.version,
    locale: 'de',
    answers: { story: MARKER, consent: true },
    renderToken: rendered.renderToken,
    idempotencyKey: rendered.idempotencyKey,
  });
  expect(sent.status).toBe(201);
  submissionReference = sent.body.reference;
  return [draftOnly.documentId, editedId];
};

let submissionReference = '';

// ---------------------------------------------------------------------------
// Filters: every filterable path, before and after the drafts exist.

/** REST list routes of the plugin's GraphQL list queries. */
const REST_ROUTES: Record<string, string> = {
  teilhabePages: '/api/teilhabe/pages',
  teilhabeLifeSituations: '/api/teilhabe/life-situations',
  teilhabeGlossaryTerms: '/api/teilhabe/glossary-terms',
};
/** Operators whose result depends on how a value sorts, not on whether it matches. */
const ORDERING = new Set(['lt', 'lte', 'gt', 'gte', 'between']);
/** Operators that compare whole values: only the whole draft-only text can hit. */
const WHOLE = new Set(['eq', 'eqi', 'ne', 'nei', 'in', 'notIn', 'and', 'or']);
const STRING_TYPES = new Set(['String', 'ID']);
/** Aliases per GraphQL document (fewer where the cms refuses that many). */
const BATCH = 25;

const randomText = () => `zq${randomBytes(9).toString('hex')}`;

/**
 * The draft-only text as a guesser would aim it at an operator: whole for
 * equality, its last character for `endsWith`, else its first character
 * (the first step of a character-by-character guess, and the value that
 * sorts next to it).
 */
const secretFor = (operator: string): string =>
  WHOLE.has(operator) ? SECRET : operator === 'endsWith' ? SECRET.slice(-1) : SECRET[0]!;

/** An operator value in the shape the operator takes. */
const shaped = (template: FilterTemplate, value: unknown): unknown => {
  if (!template.list) {
    return value;
  }
  if (template.operator !== 'between') {
    return [value];
  }
  if (typeof value === 'string' && template.valueType !== 'DateTime') {
    return [value, `${value}\uffff`];
  }
  return template.valueType === 'DateTime' ? [value, '2999-01-01T00:00:00.000Z'] : [value, value];
};

/**
 * Probes for one template. Text operators get the draft-only text (compared
 * with a random string that matches nothing, and for ordering operators with
 * the answer before the drafts existed), plus draft-only slugs, codes and
 * locales; other types get what only drafts have: the time they were
 * written, the draft-only position, and `true` for `null`/`notNull`.
 */
const probesFor = (template: FilterTemplate): FilterProbe[] => {
  const { valueType, field, operator } = template;
  const probe = (label: string, value: unknown, extra: Partial<FilterProbe> = {}): FilterProbe => ({
    key: probeKey(template, label),
    template,
    value: shaped(template, value),
    ...extra,
  });
  if (STRING_TYPES.has(valueType)) {
    const probes = [
      probe('control', randomText()),
      ORDERING.has(operator)
        ? probe('secret', secretFor(operator), { before: true })
        : probe('secret', secretFor(operator), { sameAs: probeKey(template, 'control') }),
    ];
    if (WHOLE.has(operator) && (field === 'slug' || field === 'code')) {
      probes.push(probe('draft slug', DRAFT_SLUG, { before: true }));
    }
    if (WHOLE.has(operator) && field === 'locale') {
      probes.push(probe('ar', 'ar', { before: true }));
    }
    return probes;
  }
  const value =
    valueType === 'DateTime'
      ? draftsBegan
      : valueType === 'Boolean'
        ? true
        : ['Int', 'Long', 'Float'].includes(valueType)
          ? DRAFT_POSITION
          : undefined;
  return value === undefined ? [] : [probe(String(value), value, { before: true })];
};

let graphqlProbes: FilterProbe[] = [];
let restProbes: FilterProbe[] = [];
const before: { graphql?: Map<string, Outcome>; rest?: Map<string, Outcome> } = {};

/**
 * Fields walked behind `and`/`or`/`not`: one of each value type, plus the
 * locale. Every field and operator is walked at the top level and through
 * every relation; the logical wrappers pass conditions through unchanged, so
 * one field of each type shows whether a wrapper lets drafts in.
 */
const BEHIND_LOGICAL = new Set([
  'title',
  'locale',
  'documentId',
  'createdAt',
  'isSampleContent',
  'position',
]);
/** Fields of the connections' probes: the list's filters, with the connection's total. */
const CONNECTION_FIELDS = new Set(['title', 'locale', 'updatedAt']);

const buildProbes = () => {
  const schema = publicSchema();
  // Drafts exist in the plugin's content types.
  const templates = filterTemplates(schema, {
    maxHops: 2,
    queries: (name) => name.startsWith('teilhabe'),
  }).filter(
    (template) =>
      template.hops.every((hop) => !LOGICAL_HOPS.has(hop.name)) ||
      BEHIND_LOGICAL.has(template.field)
  );
  graphqlProbes = templates.flatMap(probesFor);
  const queries = Object.keys(schema.getQueryType()?.getFields() ?? {});
  for (const query of queries.filter((name) => /^teilhabe.*_connection$/.test(name))) {
    const list = query.replace(/_connection$/, '');
    graphqlProbes.push(
      ...templates
        .filter(
          (template) =>
            template.query === list &&
            template.hops.length === 0 &&
            CONNECTION_FIELDS.has(template.field)
        )
        .flatMap((template) => probesFor({ ...template, query }))
    );
  }
  // REST: each field and operator, directly and through each relation.
  restProbes = templates
    .filter(
      (template) =>
        REST_ROUTES[template.query] &&
        template.hops.length <= 1 &&
        template.hops.every((hop) => !LOGICAL_HOPS.has(hop.name))
    )
    .flatMap(probesFor);
};

beforeAll(async () => {
  cms = await startTestStrapi();
  await seedPublished();
  concept = await seedConceptFixture(cms.strapi);
  await pause(20);
  draftsBegan = new Date().toISOString();
  await pause(20);
  buildProbes();
  before.graphql = await runGraphqlProbes(
    cms,
    graphqlProbes.filter((probe) => probe.before),
    BATCH
  );
  before.rest = await runRestProbes(
    cms,
    restProbes.filter((probe) => probe.before),
    REST_ROUTES
  );
  await seedDrafts();
}, 300_000);

afterAll(async () => {
  await cms?.stop();
});

test('the marker really is in the drafts (the probe can fail)', async () => {
  const drafts = await cms.strapi
    .documents('plugin::teilhabe.page')
    .findMany({ status: 'draft', locale: 'de', filters: { title: { $contains: MARKER } } });
  expect(drafts.length).toBe(2);
  const arabic = await cms.strapi
    .documents('plugin::teilhabe.page')
    .findMany({ status: 'draft', locale: 'ar', filters: { title: { $contains: SECRET } } });
  expect(arabic.length).toBe(3);
});

test('(#10) the marker really is in the glossary and comment drafts', async () => {
  const terms = await cms.strapi.documents('plugin::teilhabe.glossary-term').findMany({
    status: 'draft',
    locale: 'ar',
    filters: { definition: { $contains: SECRET } },
  });
  expect(terms.length).toBe(2);
  const comments = await cms.strapi.documents('plugin::teilhabe.comment').findMany({
    status: 'draft',
    filters: { text: { $contains: SECRET } },
  });
  expect(comments.length).toBe(2);
});

test('(#10) published glossary terms and comments are public, drafts are not', async () => {
  const glossary = await cms.graphql(
    '{ ar: teilhabeGlossaryTerms(locale: "ar") { slug term definition } de: teilhabeGlossaryTerms(locale: "de") { slug } }'
  );
  expect(glossary.body.errors).toBeUndefined();
  expect(glossary.body.data.ar).toEqual([
    { slug: 'handlungsfeld', term: 'مجال العمل', definition: 'موضوع.' },
  ]);
  expect(glossary.body.data.de).toEqual([{ slug: 'handlungsfeld' }]);
  const comments = await cms.graphql(
    `{ a: teilhabeComments(subject: "${SUBJECTS[0]}") { text language } b: teilhabeComments(subject: "${SUBJECTS[1]}") { text } }`
  );
  expect(comments.body.errors).toBeUndefined();
  expect(comments.body.data).toEqual({ a: [{ text: 'Öffentlich', language: 'de' }], b: [] });
  const rest = await request(cms.strapi.server.httpServer).get(
    `/api/teilhabe/comments?subject=${SUBJECTS[1]}`
  );
  expect(rest.status).toBe(200);
  expect(rest.body).toEqual([]);
});

test('(#10) the marker really is in the concept drafts and in a withdrawn revision', async () => {
  const drafts = await cms.strapi.documents('plugin::teilhabe.concept-chapter').findMany({
    status: 'draft',
    locale: 'de',
    filters: { title: { $contains: MARKER } },
  });
  expect(drafts.length).toBe(3);
  const revisions = await cms.strapi.db
    .query('plugin::teilhabe.concept-revision')
    .findMany({ where: { title: { $contains: MARKER } } });
  expect(revisions.length).toBe(1);
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
    { id: published.imprint }
  );
  expect(response.body.errors).toBeUndefined();
  expect(response.body.data.teilhabePage).toEqual({ title: 'Impressum', body: 'Öffentlich' });
});

test('no GraphQL query field or argument combination returns a draft', async () => {
  // Each query is aimed at the drafts of its own type.
  const idsOf = (field: string) =>
    /Page/.test(field)
      ? draftIds.pages
      : /LifeSituation/.test(field)
        ? draftIds.situations
        : /SiteSetting/.test(field)
          ? draftIds.settings
          : draftDocumentIds;
  // Every stored revision, the withdrawn chapter's too: by id and by document.
  const revisions = (await cms.strapi.db
    .query('plugin::teilhabe.concept-revision')
    .findMany({ select: ['documentId', 'sourceDocumentId'] })) as Array<{
    documentId: string;
    sourceDocumentId: string;
  }>;
  const probes = probeQueries(publicSchema(), {
    documentIds: idsOf,
    locales: ['de', 'ar'],
    args: {
      slug: [
        ...draftSlugs,
        'zurueckgezogen',
        'zurueckgezogenes-kapitel',
        `entwurf-${MARKER.toLowerCase()}`,
        `massnahme-${MARKER.toLowerCase()}`,
        'vorbemerkung',
      ],
      search: [MARKER, MARKER.slice(0, 6)],
      subject: SUBJECTS,
      form: ['oeffentliches-formular', draftSlugs[0]!],
      id: revisions.map((revision) => revision.documentId),
      document: [...new Set(revisions.map((revision) => revision.sourceDocumentId))],
    },
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
    'teilhabeForms',
    'teilhabeForm',
    'teilhabeFormStatistics',
    'teilhabeGlossaryTerm',
    'teilhabeGlossaryTerms',
    'teilhabeGlossaryTerms_connection',
    'teilhabeComments',
    'teilhabeConcept',
    'teilhabeConceptChapter',
    'teilhabeConceptMeasures',
    'teilhabeConceptMeasure',
    'teilhabeParticipationEvents',
    'teilhabeConceptChanges',
    'teilhabeConceptRevision',
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

describe('no filter lets a draft change a result set', () => {
  test('the walk covers every field, operator and nesting of the public filters', () => {
    const paths = new Set(graphqlProbes.map((probe) => probe.key.replace(/ = .*$/, '')));
    for (const path of [
      'teilhabePages title.containsi',
      'teilhabePages title.eq',
      'teilhabePages title.notNull',
      'teilhabePages title.lt',
      'teilhabePages slug.in',
      'teilhabePages body.endsWith',
      'teilhabePages and[].title.endsWith',
      'teilhabePages or[].locale.eq',
      'teilhabePages not.title.between',
      'teilhabePages not.createdAt.lt',
      'teilhabePages updatedAt.gt',
      'teilhabeLifeSituations position.gte',
      'teilhabeLifeSituations teaser.containsi',
      'teilhabeLifeSituations not.position.lt',
      'teilhabePages_connection title.containsi',
      'teilhabeLifeSituations_connection updatedAt.gt',
    ]) {
      expect(paths).toContain(path);
    }
    // Two logical hops in a row add nothing: `and[].or[]` is not walked.
    expect([...paths].some((path) => /^\S+ (and|or|not)(\[\])?\.(and|or|not)\b/.test(path))).toBe(
      false
    );
  });

  test('the comparison sees a published document appear (the probe can fail)', async () => {
    const [template] = filterTemplates(publicSchema(), { maxHops: 0 }).filter(
      (candidate) => candidate.query === 'teilhabePages' && candidate.field === 'title'
    );
    const probe = (value: string): FilterProbe => ({
      key: value,
      template: { ...template!, operator: 'containsi', valueType: 'String', list: false },
      value,
    });
    const outcomes = await runGraphqlProbes(cms, [probe('Impressum'), probe(randomText())], 2);
    const [impressum, nothing] = [...outcomes.values()];
    expect(impressum).toContain(published.imprint);
    expect(nothing).toBe('[]');
    expect(
      differences([{ ...probe('Impressum'), sameAs: [...outcomes.keys()][1] }], outcomes, outcomes)
    ).toHaveLength(1);
  });

  test('GraphQL: every filterable path answers as before the drafts, and a draft marker as a random string', async () => {
    const after = await runGraphqlProbes(cms, graphqlProbes, BATCH);
    expect(differences(graphqlProbes, before.graphql!, after)).toEqual([]);
    // The filters really were applied, not refused wholesale. Some operators
    // fail for some types (an error both before and after the drafts).
    expect(answeredShare(after)).toBeGreaterThan(0.75);
  });

  test('REST: every filterable path answers as before the drafts, and a draft marker as a random string', async () => {
    const after = await runRestProbes(cms, restProbes, REST_ROUTES);
    expect(differences(restProbes, before.rest!, after)).toEqual([]);
    expect(answeredShare(after)).toBeGreaterThan(0.5);
  });
});

describe('relation filters do not reach drafts', () => {
  const pagesOf = (response: { body: { data?: { teilhabePages?: unknown } | null } }) =>
    (response.body.data?.teilhabePages as Array<{ documentId: string }> | undefined) ?? [];

  /** A GraphQL filter through `localizations` is not part of the public schema. */
  const expectRefusedGraphql = (response: {
    body: { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  }) => {
    expect(pagesOf(response as never)).toEqual([]);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  };

  test('GraphQL: a prefix of a draft-only translation title finds nothing', async () => {
    for (const prefix of [SECRET.slice(0, 1), SECRET.slice(0, 4), SECRET]) {
      const response = await cms.graphql(
        'query($prefix: String) { teilhabePages(filters: { localizations: { title: { containsi: $prefix } } }) { documentId title } }',
        { prefix }
      );
      expectRefusedGraphql(response);
    }
  });

  test('GraphQL: an unpublished Arabic translation is not revealed by its locale', async () => {
    for (const query of [
      '{ teilhabePages(filters: { localizations: { locale: { eq: "ar" } } }) { documentId title } }',
      '{ teilhabePages(locale: "de", filters: { or: [{ localizations: { locale: { eq: "ar" } } }] }) { documentId } }',
      '{ teilhabeLifeSituations(filters: { localizations: { locale: { eq: "ar" } } }) { documentId } }',
    ]) {
      const response = await cms.graphql(query);
      expect(JSON.stringify(response.body)).not.toContain(published.privacy);
      expect(JSON.stringify(response.body)).not.toContain(published.situation);
      expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    }
  });

  test('REST: relation filters are refused with 400', async () => {
    const prefix = encodeURIComponent(SECRET.slice(0, 4));
    for (const url of [
      `/api/teilhabe/pages?filters[localizations][title][$containsi]=${prefix}`,
      `/api/teilhabe/pages?filters[localizations][locale][$eq]=ar`,
      `/api/teilhabe/pages?filters[$or][0][localizations][locale][$eq]=ar`,
      `/api/teilhabe/pages?filters[localizations][localizations][title][$startsWith]=${prefix}`,
      `/api/teilhabe/life-situations?filters[localizations][teaser][$containsi]=${prefix}`,
      `/api/teilhabe/pages?filters[createdBy][firstname][$notNull]=true`,
      `/api/teilhabe/pages?filters[updatedBy][email][$containsi]=%40`,
      `/api/teilhabe/pages?filters[createdBy][id][$gt]=0&status=draft`,
    ]) {
      const response = await cms.get(url);
      expect({ url, status: response.status }).toEqual({ url, status: 400 });
      expect(response.body.data ?? null).toBeNull();
    }
  });

  const alphabet = [...new Set(SECRET)].sort();
  const BUDGET = 80;

  test('a character-by-character guesser recovers a published title (it can work)', async () => {
    const titles = ['impressum', 'datenschutz', 'barrierefreiheit'];
    const { recovered } = await guessByCharacter(
      [...new Set('Impressum')].sort(),
      BUDGET,
      async (guess) =>
        pagesOf(
          await cms.graphql(
            'query($guess: String) { teilhabePages(filters: { title: { containsi: $guess } }) { documentId } }',
            { guess }
          )
        ).length > 0
    );
    // Part of a published title: where a filter matches, the guesser finds it.
    expect(recovered.length).toBeGreaterThan(3);
    expect(titles.some((title) => title.includes(recovered.toLowerCase()))).toBe(true);
  });

  test('GraphQL: a character-by-character guesser recovers nothing of a draft translation', async () => {
    const { recovered, requests } = await guessByCharacter(
      alphabet,
      BUDGET,
      async (guess) =>
        pagesOf(
          await cms.graphql(
            'query($guess: String) { teilhabePages(filters: { localizations: { title: { containsi: $guess } } }) { documentId } }',
            { guess }
          )
        ).length > 0
    );
    expect(recovered).toBe('');
    expect(requests).toBe(alphabet.length);
  });

  test('REST: a character-by-character guesser recovers nothing of a draft translation', async () => {
    const { recovered } = await guessByCharacter(alphabet, BUDGET, async (guess) => {
      const response = await cms.get(
        `/api/teilhabe/pages?filters[localizations][title][$containsi]=${encodeURIComponent(guess)}`
      );
      return response.status === 200 && response.body.data.length > 0;
    });
    expect(recovered).toBe('');
  });

  test("REST probes use Strapi's bracket syntax", () => {
    const urls = restProbes.map((probe) => restUrl(probe, REST_ROUTES));
    expect(urls).toContain(
      `/api/teilhabe/pages?filters[title][$containsi]=${encodeURIComponent(SECRET[0]!)}`
    );
  });
});

test('no REST parameter returns a draft', async () => {
  const [draftOnly, imprint] = draftDocumentIds;
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
    `/api/teilhabe/pages/${imprint}?status=draft`,
    `/api/teilhabe/pages/${imprint}?status=draft&populate=localizations`,
    `/api/teilhabe/pages/${published.privacy}?locale=ar&status=draft`,
    `/api/teilhabe/pages/${published.accessibility}?locale=ar&status=draft&populate=*`,
    '/api/teilhabe/life-situations?status=draft',
    '/api/teilhabe/life-situations?status=draft&populate=*',
    '/api/teilhabe/life-situations?status=draft&locale=ar',
    '/api/teilhabe/site-setting?status=draft',
    '/api/teilhabe/site-setting?status=draft&populate=*',
    `/api/teilhabe/directory?locale=de&search=${MARKER}`,
    `/api/teilhabe/directory?locale=ar&search=${MARKER}&status=draft`,
    '/api/teilhabe/directory?locale=de&status=draft&pageSize=50',
    ...[...draftSlugs, 'zurueckgezogen'].flatMap((slug) => [
      `/api/teilhabe/directory/offers/${slug}?locale=de`,
      `/api/teilhabe/directory/offers/${slug}?locale=ar&status=draft`,
    ]),
    // (#9) Forms: only published versions; submissions have no public route at all.
    '/api/teilhabe/forms?locale=de',
    '/api/teilhabe/forms?locale=ar&status=draft',
    ...[...draftSlugs, 'oeffentliches-formular'].flatMap((slug) => [
      `/api/teilhabe/forms/${slug}?locale=de`,
      `/api/teilhabe/forms/${slug}?locale=ar&status=draft`,
    ]),
    '/api/teilhabe/forms/oeffentliches-formular/submissions',
    '/api/teilhabe/submissions',
    '/api/teilhabe/form-versions',
    '/api/submissions',
    `/api/teilhabe/forms/status?reference=${submissionReference}`,
  ];
  const leaks: string[] = [];
  for (const url of urls) {
    const response = await cms.get(url);
    if (response.text.includes(MARKER)) {
      leaks.push(url);
    }
  }
  expect(leaks).toEqual([]);
  const list = await cms.get('/api/teilhabe/pages?status=draft&sort=title');
  expect(list.status).toBe(200);
  expect(list.body.data.map((page: { title: string }) => page.title)).toEqual([
    'Barrierefreiheit',
    'Datenschutz',
    'Impressum',
  ]);
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
