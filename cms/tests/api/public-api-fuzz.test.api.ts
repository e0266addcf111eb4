import { print } from 'graphql';
import fc from 'fast-check';
import { DirectoryDocument } from '@teilhabe/graphql';
import {
  DIRECTORY_DRAFT_MARKER,
  LISTED,
  seedDirectoryFixture,
  type DirectoryFixture,
} from './support/directory-fixture';
import {
  deepOperation,
  unknownFieldOperation,
  validOperation,
  type GraphqlOperation,
} from './support/fuzz-graphql';
import { internalDetails } from './support/fuzz-leaks';
import { restRequest, type RestRoute } from './support/fuzz-rest';
import {
  answerProblems,
  checkRequests,
  fuzzSeed,
  send,
  type FuzzRequest,
} from './support/fuzz-run';
import { encode, useKnownValues } from './support/fuzz-values';
import { publicSchema } from './support/graphql-probe';
import {
  ensureFormsSecrets,
  FIXTURE_DEFINITION,
  post as postForm,
  publishForm,
  renderedEarlier,
} from './support/forms-fixture';
import { seedConceptDrafts, seedConceptFixture } from './support/concept-fixture';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * (#2) Generated requests against the public API of a real cms: valid
 * GraphQL operations of the committed public schema with arbitrary
 * arguments, deep and wide selections, malformed documents and bodies, and
 * GET requests on every public REST route with arbitrary query strings.
 * Whatever comes in: never a server error, always JSON, never an internal
 * detail (stack trace, file path, SQL, library error class, field
 * suggestion), never a draft. Seeded: `TEILHABE_FUZZ_SEED` replays a run,
 * `TEILHABE_FUZZ_PATH` one failing request (the failure message says how).
 *
 * The cms runs in Jest's NODE_ENV (`test`); `TEILHABE_FUZZ_NODE_ENV=development`
 * runs it as `strapi start` without NODE_ENV does, where Apollo would add
 * stack traces (field suggestions are allowed there: introspection is on).
 */
const MODE = process.env.TEILHABE_FUZZ_NODE_ENV || process.env.NODE_ENV || 'test';
const DRAFT_MARKER = `FUZZDRAFT${Date.now().toString(36)}`;
const RULES = {
  draftMarkers: [DRAFT_MARKER, DIRECTORY_DRAFT_MARKER],
  suggestions: MODE === 'development',
};

/** Generated requests per property; about 3,500 in all. */
const RUNS = { valid: 1500, deep: 120, malformed: 800, rest: 1100 };

let cms: TestStrapi;
let fixture: DirectoryFixture;
let previousMode: string | undefined;
const sent = { graphql: 0, rest: 0 };
const schema = publicSchema();

/** Pages and life situations, published (in several locales) and draft-only. */
const seedPages = async () => {
  const { strapi } = cms;
  const pages = strapi.documents('plugin::teilhabe.page');
  const slugs: string[] = [];
  const ids: string[] = [];
  for (const [slug, role, title, translations] of [
    ['impressum', 'imprint', 'Impressum', { en: 'Imprint', ar: 'بيانات الناشر' }],
    ['datenschutz', 'privacy', 'Datenschutz', { en: 'Privacy' }],
    ['leichte-sprache', 'easy_language', 'Leichte Sprache', {}],
  ] as const) {
    const page = await pages.create({
      locale: 'de',
      data: { slug, role, title, body: `## ${title}\n\nText.`, translationStatus: 'source' },
    });
    for (const [locale, text] of Object.entries(translations)) {
      await pages.update({
        documentId: page.documentId,
        locale,
        data: { slug, role, title: text, translationStatus: 'reviewed_translation' } as never,
      });
    }
    await pages.publish({ documentId: page.documentId, locale: '*' });
    slugs.push(slug);
    ids.push(page.documentId);
  }
  // A newer draft of a published page and a draft-only page, both with the marker.
  await pages.update({ documentId: ids[0]!, locale: 'de', data: { title: DRAFT_MARKER } });
  const draft = await pages.create({
    locale: 'de',
    data: {
      slug: 'entwurf',
      role: 'other',
      title: DRAFT_MARKER,
      body: DRAFT_MARKER,
      translationStatus: 'source',
    },
  });
  ids.push(draft.documentId);
  const situations = strapi.documents('plugin::teilhabe.life-situation');
  const codes = ['deutsch-lernen', 'kinderbetreuung'];
  for (const [index, code] of codes.entries()) {
    const situation = await situations.create({
      locale: 'de',
      data: {
        code,
        icon: index === 0 ? 'language' : 'childcare',
        position: index,
        title: code,
        teaser: `Teaser ${code}`,
        translationStatus: 'source',
      },
    });
    if (index === 0) {
      await situations.publish({ documentId: situation.documentId, locale: '*' });
    } else {
      await situations.update({
        documentId: situation.documentId,
        locale: 'de',
        data: { teaser: DRAFT_MARKER },
      });
    }
    ids.push(situation.documentId);
  }
  const settings = strapi.documents('plugin::teilhabe.site-setting');
  const setting = await settings.create({
    locale: 'de',
    data: {
      cityName: 'Lehrte',
      siteTitle: 'Teilhabe in Lehrte',
      welcomeHeading: 'Willkommen',
      translationStatus: 'source',
    },
  });
  await settings.publish({ documentId: setting.documentId, locale: '*' });
  await settings.update({
    documentId: setting.documentId,
    locale: 'de',
    data: { welcomeHeading: DRAFT_MARKER },
  });
  return { slugs, ids, codes };
};

/**
 * (#9) A published form with a draft edit and a submission, both holding
 * the marker: neither may ever reach a public answer.
 */
const seedForms = async (): Promise<string[]> => {
  ensureFormsSecrets();
  const { strapi } = cms;
  const documentId = await publishForm(strapi, 'fuzz-formular');
  const rendered = await renderedEarlier(strapi, 'fuzz-formular');
  const sent = await postForm(strapi, '/fuzz-formular/submissions', {
    version: rendered.snapshot.version,
    locale: 'de',
    answers: { story: DRAFT_MARKER, consent: true },
    renderToken: rendered.renderToken,
    idempotencyKey: rendered.idempotencyKey,
  });
  expect(sent.status).toBe(201);
  await strapi.documents('plugin::teilhabe.form').update({
    documentId,
    data: { intro: { de: DRAFT_MARKER } } as never,
  });
  return [documentId];
};

/**
 * (#10) The concept's extras: a glossary term published with a draft edit
 * and a draft-only term, a published comment and an unpublished one (all
 * drafts with the marker), and counts of a statistical field.
 */
const seedConceptExtras = async (): Promise<{ ids: string[]; slugs: string[] }> => {
  const { strapi } = cms;
  const terms = strapi.documents('plugin::teilhabe.glossary-term');
  const term = await terms.create({
    locale: 'de',
    data: {
      slug: 'handlungsfeld',
      term: 'Handlungsfeld',
      definition: 'Ein Themenbereich.',
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
  await terms.update({
    documentId: term.documentId,
    locale: 'ar',
    data: { definition: DRAFT_MARKER },
  });
  const draftTerm = await terms.create({
    locale: 'de',
    data: {
      slug: 'entwurf-begriff',
      term: DRAFT_MARKER,
      definition: DRAFT_MARKER,
      translationStatus: 'source',
    },
  });
  const comments = strapi.documents('plugin::teilhabe.comment');
  const comment = await comments.create({
    data: {
      subject: 'kinderbetreuung',
      text: 'Mehr Plätze.',
      language: 'de',
      publishedOn: '2026-11-02',
    },
    status: 'published',
  });
  const draftComment = await comments.create({
    data: {
      subject: 'kinderbetreuung',
      text: DRAFT_MARKER,
      language: 'ar',
      publishedOn: '2026-11-03',
    },
  });
  const statistical = {
    ...FIXTURE_DEFINITION,
    steps: FIXTURE_DEFINITION.steps.map((step) => ({
      ...step,
      fields: step.fields.map((field) =>
        field.key === 'area' ? { ...field, statistical: true } : field
      ),
    })),
  };
  await publishForm(strapi, 'fuzz-zaehlung', { definition: statistical });
  await strapi
    .plugin('teilhabe')
    .service('forms-statistics')
    .writeSampleCounts('fuzz-zaehlung', 'area', { '2025-Q1': { housing: 7, work: 2 } });
  return {
    ids: [term.documentId, draftTerm.documentId, comment.documentId, draftComment.documentId],
    slugs: ['handlungsfeld', 'entwurf-begriff', 'kinderbetreuung', 'fuzz-zaehlung'],
  };
};

/** The public REST routes as the plugin declares them. */
const restRoutes = (): RestRoute[] =>
  (cms.strapi.plugin('teilhabe').routes as unknown as Record<string, { routes: RestRoute[] }>)[
    'content-api'
  ]!.routes;

beforeAll(async () => {
  previousMode = process.env.NODE_ENV;
  process.env.NODE_ENV = MODE;
  cms = await startTestStrapi();
  fixture = await seedDirectoryFixture(cms.strapi);
  const pages = await seedPages();
  const forms = await seedForms();
  const extras = await seedConceptExtras();
  // (#10) The concept, with drafts and a withdrawn chapter that hold the marker.
  const concept = await seedConceptFixture(cms.strapi);
  const conceptDrafts = await seedConceptDrafts(cms.strapi, concept, DRAFT_MARKER);
  const revisions = (await cms.strapi.db
    .query('plugin::teilhabe.concept-revision')
    .findMany({ select: ['documentId'] })) as Array<{ documentId: string }>;
  const offers = await cms.strapi
    .documents('plugin::teilhabe.offer')
    .findMany({ locale: 'de', status: 'published', fields: ['slug'] });
  useKnownValues({
    documentIds: [
      ...Object.values(fixture.ids),
      ...pages.ids,
      ...forms,
      ...extras.ids,
      ...Object.values(concept.ids),
      ...conceptDrafts,
      ...revisions.map((revision) => revision.documentId),
    ],
    slugs: [
      ...pages.slugs,
      ...offers.map((offer) => (offer as { slug: string }).slug),
      'fuzz-formular',
      ...extras.slugs,
      'vorbemerkung',
      'beispiel-buendel',
      'arbeit',
      'sachstand',
      'zurueckgezogenes-kapitel',
    ],
    codes: [...pages.codes, 'kernstadt', 'language-course', 'women'],
  });
});

afterAll(async () => {
  await cms?.stop();
  process.env.NODE_ENV = previousMode;
});

/** A JSON POST of one operation. */
const post = (body: unknown, headers: Record<string, string> = {}): FuzzRequest => ({
  method: 'POST',
  url: '/graphql',
  headers: { 'content-type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** A Jest test that checks `runs` requests from `arbitrary` (built when the test runs). */
const fuzzTest = (
  name: string,
  offset: number,
  runs: number,
  arbitrary: () => fc.Arbitrary<FuzzRequest>,
  counter: keyof typeof sent = 'graphql'
) =>
  test(name, () =>
    checkRequests({
      name,
      offset,
      arbitrary: arbitrary(),
      toRequest: (request) => request,
      server: cms.strapi.server.httpServer,
      runs,
      rules: RULES,
      onAnswer: () => {
        sent[counter] += 1;
      },
    })
  );

describe('the detector', () => {
  test('catches each kind of internal detail in a crafted answer', () => {
    const leaks = {
      stacktrace: '{"errors":[{"message":"x","extensions":{"stacktrace":["Error: x"]}}]}',
      'stack frame': '{"errors":[{"message":"    at Object.find (/srv/app/index.js:10:5)"}]}',
      'file path': '{"errors":[{"message":"Cannot find module \'/work/app/dist/x\'"}]}',
      SQL: '{"errors":[{"message":"select `t0`.* from `pages` as `t0` where `t0`.`id` = ?"}]}',
      database: '{"error":{"message":"relation \\"teilhabe_pages\\" does not exist"}}',
      'runtime error class': '{"errors":[{"extensions":{"error":{"name":"SqliteError"}}}]}',
      'node error code': '{"errors":[{"message":"code: ERR_ASSERTION"}]}',
      'field suggestion': '{"errors":[{"message":"Did you mean \\"teilhabePages\\"?"}]}',
    };
    for (const [kind, text] of Object.entries(leaks)) {
      expect({ kind, found: internalDetails(text, JSON.parse(text)) }).toEqual({
        kind,
        found: expect.arrayContaining([kind]),
      });
    }
    const clean = '{"errors":[{"message":"Syntax Error: Expected Name, found <EOF>."}]}';
    expect(internalDetails(clean, JSON.parse(clean))).toEqual([]);
    // Words in content are no SQL: only error texts are searched for it.
    const content = '{"data":{"title":"Select your course from the list where you live"}}';
    expect(internalDetails(content, JSON.parse(content))).toEqual([]);
  });

  test('flags server errors, non-JSON answers and drafts', () => {
    const problems = (status: number, contentType: string, text: string) =>
      answerProblems({ status, contentType, text }, { draftMarkers: [DRAFT_MARKER] });
    expect(problems(500, 'application/json', '{}')).toEqual(['status 500']);
    expect(problems(200, 'text/html', '<html>')).toEqual(['not JSON but "text/html"']);
    expect(problems(400, 'application/json', '{"err')).toEqual(['invalid JSON']);
    expect(
      problems(
        200,
        'application/json',
        '{"errors":[{"extensions":{"code":"INTERNAL_SERVER_ERROR"}}]}'
      )
    ).toEqual(['INTERNAL_SERVER_ERROR']);
    expect(problems(200, 'application/json', `{"data":"${DRAFT_MARKER}"}`)).toEqual([
      `draft marker ${DRAFT_MARKER}`,
    ]);
    expect(problems(204, '', '')).toEqual([]);
    expect(problems(200, 'application/json; charset=utf-8', '{"data":{}}')).toEqual([]);
  });

  test('the seed is fixed unless TEILHABE_FUZZ_SEED sets one', () => {
    expect(Number.isInteger(fuzzSeed())).toBe(true);
    const sample = (seed: number) =>
      fc.sample(validOperation(schema, { width: 3, depth: 2, inputDepth: 2 }), {
        seed,
        numRuns: 5,
      });
    expect(sample(7)).toEqual(sample(7));
  });
});

describe('generated GraphQL requests', () => {
  fuzzTest('valid operations with arbitrary arguments, filters and selections', 1, RUNS.valid, () =>
    validOperation(schema, { width: 3, depth: 2, inputDepth: 3 }).map((operation) =>
      post(operation)
    )
  );

  fuzzTest('deep and wide selections', 2, RUNS.deep, () =>
    deepOperation(schema, { maxDepth: 8, maxAliases: 60, budget: 24 }).map((operation) =>
      post(operation)
    )
  );

  fuzzTest('malformed documents, bodies, content types and methods', 3, RUNS.malformed, () => {
    const operation = validOperation(schema, { width: 3, depth: 2, inputDepth: 2 });
    const tokens = fc
      .array(
        fc.constantFrom(
          '{',
          '}',
          '(',
          ')',
          '[',
          ']',
          ':',
          '...',
          '$',
          '@',
          '!',
          '=',
          '|',
          '&',
          '"',
          '"""',
          '#',
          'query',
          'mutation',
          'subscription',
          'fragment',
          'on',
          'teilhabePages',
          'documentId',
          'localizations',
          '__schema',
          '__type',
          'filters',
          'null',
          'true',
          '123',
          '1.5e999',
          '"text"',
          '\n',
          '\u0000',
          '\uFEFF',
          'ǂ'
        ),
        { maxLength: 40 }
      )
      .map((parts) => parts.join(' '));
    const document = fc.oneof(
      // Truncated at any point.
      fc.tuple(operation, fc.nat()).map(([op, cut]) => ({
        query: op.query.slice(0, cut % (op.query.length + 1)),
        variables: op.variables,
      })),
      tokens.map((query) => ({ query })),
      unknownFieldOperation(schema),
      // Two operations, with and without names and operationName.
      fc
        .tuple(operation, operation, fc.constantFrom(undefined, 'A', 'B', 'Missing'))
        .map(([a, b, operationName]): GraphqlOperation => ({
          query: `${a.query.replace(/^query/, 'query A')} ${b.query}`,
          variables: { ...b.variables, ...a.variables },
          ...(operationName ? { operationName } : {}),
        })),
      fc.constantFrom(
        { query: 'subscription { teilhabePages { documentId } }' },
        { query: '{ __schema { types { name fields { name } } } }' },
        { query: '{ __type(name: "TeilhabePage") { name fields { name } } }' },
        { query: 'query { ...F } fragment F on Query { ...F }' },
        { query: '{ teilhabePages { documentId } }', operationName: 'Nope' },
        { query: '{ __typename }', variables: 'x' },
        { query: '{ __typename }', variables: [1] },
        { query: 1 },
        { query: null },
        { query: { query: '{ __typename }' } },
        { extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } },
        {
          query: '{ __typename }',
          extensions: { persistedQuery: { version: 1, sha256Hash: '0' } },
        },
        {}
      )
    );
    const malformed: fc.Arbitrary<FuzzRequest> = fc.oneof(
      { weight: 6, arbitrary: document.map((body) => post(body)) },
      // Batched: several operations in one array.
      { weight: 1, arbitrary: fc.array(operation, { maxLength: 3 }).map((ops) => post(ops)) },
      // Bodies that are not JSON, or JSON that is not an object.
      {
        weight: 2,
        arbitrary: fc
          .oneof(
            fc.string({ maxLength: 60 }),
            operation
              .map((op) => JSON.stringify(op))
              .chain((text) => fc.nat({ max: text.length }).map((cut) => text.slice(0, cut))),
            fc.constantFrom(
              'null',
              '[]',
              '""',
              '1',
              'true',
              '{"query":',
              '\u0000',
              '{"query":"{ __typename }"}garbage'
            )
          )
          .map((body) => post(body)),
      },
      // Valid operations with other content types, or none.
      {
        weight: 2,
        arbitrary: fc
          .tuple(
            operation,
            fc.constantFrom(
              'text/plain',
              'application/x-www-form-urlencoded',
              'multipart/form-data; boundary=x',
              'application/graphql',
              'application/json; charset=utf-16',
              'application/xml',
              ''
            )
          )
          .map(([op, type]): FuzzRequest => ({
            ...post(op),
            headers: type ? { 'content-type': type } : {},
          })),
      },
      // GET with a query string, with and without the CSRF preflight header.
      {
        weight: 2,
        arbitrary: fc
          .tuple(operation, fc.boolean(), fc.boolean())
          .map(([op, preflight, broken]): FuzzRequest => ({
            method: 'GET',
            // Below Node's 16 KB limit for a request head.
            url: `/graphql?query=${encode(op.query).slice(0, 6000)}&variables=${
              broken ? '%7Bx' : encode(JSON.stringify(op.variables)).slice(0, 4000)
            }`,
            headers: preflight ? { 'apollo-require-preflight': 'true' } : {},
          })),
      },
      // Other methods.
      {
        weight: 1,
        arbitrary: fc
          .tuple(
            operation,
            fc.constantFrom<FuzzRequest['method']>('PUT', 'PATCH', 'DELETE', 'OPTIONS')
          )
          .map(([op, method]) => ({ ...post(op), method })),
      }
    );
    return malformed;
  });
});

describe('generated REST requests', () => {
  test('the plugin declares its public routes', () => {
    expect(restRoutes().length).toBeGreaterThanOrEqual(8);
  });

  fuzzTest(
    'every public route with arbitrary query strings',
    4,
    RUNS.rest,
    () =>
      restRequest(restRoutes(), {
        documentIds: Object.values(fixture.ids),
        slugs: ['integrationskurs-kernstadt', 'impressum', 'fuzz-zaehlung', 'kinderbetreuung'],
      }).map((url): FuzzRequest => ({ method: 'GET', url })),
    'rest'
  );
});

describe('after the run', () => {
  test('several thousand requests were sent', () => {
    expect(sent.graphql + sent.rest).toBeGreaterThanOrEqual(3000);
  });

  test('the cms is healthy and answers a directory query correctly within a second', async () => {
    const health = await send(cms.strapi.server.httpServer, { method: 'GET', url: '/_health' });
    expect(health.status).toBeGreaterThanOrEqual(200);
    expect(health.status).toBeLessThan(300);
    const started = Date.now();
    const response = await cms.graphql(print(DirectoryDocument), { locale: 'de', pageSize: 50 });
    const elapsed = Date.now() - started;
    expect(response.body.errors).toBeUndefined();
    expect(
      response.body.data.teilhabeDirectory.offers
        .map((offer: { documentId: string }) => fixture.keyOf(offer.documentId))
        .sort()
    ).toEqual([...LISTED].sort());
    expect(elapsed).toBeLessThan(1000);
  });
});
