import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startDemoCms, type DemoCms } from './support/demo-cms';

/**
 * (#7) The public API under hostile use, against the CMS as `npm start` runs
 * it (demo mode, demo content): one request cannot take it down, errors
 * reveal nothing internal, there is nothing to sign up for or write, and
 * browsers from other origins get no CORS grant.
 */
let cms: DemoCms;
let dir: string;

interface GraphqlAnswer {
  status: number;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
  ms: number;
}

const post = async (body: string, headers: Record<string, string> = {}): Promise<GraphqlAnswer> => {
  const started = Date.now();
  const response = await fetch(`${cms.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  let parsed: GraphqlAnswer['body'] = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    // asserted by the callers through `text`
  }
  return { status: response.status, text, body: parsed, ms: Date.now() - started };
};

const graphql = (query: string, variables: Record<string, unknown> = {}) =>
  post(JSON.stringify({ query, variables }));

const nestedLocalizations = (levels: number) => {
  let selection = 'title';
  for (let level = 0; level < levels; level += 1) {
    selection = `localizations { ${selection} }`;
  }
  return `{ teilhabePages(locale: "de") { ${selection} } }`;
};

const PAGES = '{ teilhabePages(locale: "de", pagination: { limit: 3 }) { slug } }';

/** Traces of the server's inside: stack frames, file paths, SQL, library names. */
const INTERNALS =
  /stacktrace|node_modules|\/work\/|\/home\/|\/tmp\/|\bat [\w.<>]+ \(|SQLITE|knex|\bselect\b.+\bfrom\b|relation "|Did you mean/i;

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'teilhabe-bounds-'));
  cms = await startDemoCms(path.join(dir, 'cms.db'));
});

afterAll(async () => {
  await cms?.stop();
  rmSync(dir, { recursive: true, force: true });
});

test('the demo CMS answers the portal’s kind of query', async () => {
  const answer = await graphql(PAGES);
  expect(answer.body.errors).toBeUndefined();
  expect((answer.body.data?.teilhabePages as unknown[]).length).toBe(3);
});

describe('one request cannot take the CMS down', () => {
  test('localizations nested six deep are refused at once, naming the limit', async () => {
    const [refused, meanwhile] = await Promise.all([
      graphql(nestedLocalizations(6)),
      graphql(PAGES),
    ]);
    expect(refused.status).toBe(400);
    expect(refused.body.data ?? null).toBeNull();
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COSTLY');
    expect(refused.body.errors?.[0]?.message).toMatch(/limit is \d+/);
    expect(refused.ms).toBeLessThan(2_000);
    expect(meanwhile.body.errors).toBeUndefined();
  });

  test('two levels of localizations, as a curious client might ask, still answer', async () => {
    const answer = await graphql(nestedLocalizations(2));
    expect(answer.body.errors).toBeUndefined();
    expect((answer.body.data?.teilhabePages as unknown[]).length).toBeGreaterThan(0);
  });

  test.each([
    [100, /aliases limit/i],
    [300, /aliases limit|tokens/i],
  ])('%i aliases of the directory query are refused by a limit it names', async (count, limit) => {
    const aliases = Array.from(
      { length: count },
      (_, index) => `a${index}: teilhabeDirectory(locale: de) { total }`
    );
    const answer = await graphql(`{ ${aliases.join(' ')} }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors?.[0]?.message).toMatch(limit);
  });

  test('batched operations, oversized documents and bodies are refused with 4xx', async () => {
    const batch = await post(JSON.stringify([{ query: PAGES }, { query: PAGES }]));
    expect(batch.status).toBe(400);
    const tokens = await graphql(`{ ${'__typename '.repeat(5_000)} }`);
    expect(tokens.status).toBe(400);
    expect(tokens.body.errors?.[0]?.message).toMatch(/tokens/i);
    const body = await graphql(PAGES, { padding: 'x'.repeat(200_000) });
    expect(body.status).toBe(413);
  });

  test('a fragment cycle is refused with 400 before the depth limit follows it', async () => {
    const cycle = await graphql('query { ...F } fragment F on Query { ...F }');
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors?.[0]?.message).toMatch(/cannot spread fragment "F" within itself/i);
    expect(cycle.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test('the CMS is healthy after all of it', async () => {
    expect((await fetch(`${cms.url}/_health`)).ok).toBe(true);
    expect((await graphql(PAGES)).body.errors).toBeUndefined();
  });
});

describe('nothing internal in any public answer, in demo mode too', () => {
  test('errors carry no stack trace, path or schema hint', async () => {
    const answers = await Promise.all([
      graphql('{ teilhabePages(locale: "de") { titel } }'),
      graphql('{ teilhabePages(locale: "de", pagination: { limit: "x" }) { title } }'),
      graphql('query($l: I18NLocaleCode!) { teilhabePages(locale: $l) { title } }', { l: 42 }),
      graphql('{ teilhabeDirectory(locale: de, search: "\\u0000\') OR 1=1 --") { total } }'),
      graphql('{ teilhabePages(locale: "de" { title }'),
      post('{"query": '),
    ]);
    for (const answer of answers) {
      expect(answer.status).toBeLessThan(500);
      expect(answer.text).not.toMatch(INTERNALS);
    }
  });

  test('introspection is off', async () => {
    const answer = await graphql('{ __schema { queryType { name } } }');
    expect(answer.status).toBe(400);
    expect(answer.body.data ?? null).toBeNull();
  });

  test('the public schema offers no mutations: no sign-up, no login, no writes', async () => {
    for (const mutation of [
      'mutation { register(input: { username: "a", email: "a@example.org", password: "Passw0rd!x" }) { jwt } }',
      'mutation { login(input: { identifier: "a", password: "b" }) { jwt } }',
      'mutation { createTeilhabePage(data: { title: "x" }) { documentId } }',
    ]) {
      const answer = await graphql(mutation);
      expect(answer.status).toBe(400);
      expect(answer.text).not.toMatch(/jwt"\s*:\s*"/);
      expect(answer.body.errors?.[0]?.message).toMatch(/queries only/);
    }
  });

  test('nobody can create an account over REST', async () => {
    const response = await fetch(`${cms.url}/api/auth/local/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'a', email: 'a@example.org', password: 'Passw0rd!x' }),
    });
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(await response.text()).not.toMatch(/jwt/);
  });
});

describe('CORS answers only the configured origins', () => {
  const preflight = (url: string, origin: string) =>
    fetch(url, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST' },
    });

  test.each(['/graphql', '/admin/access-token', '/api/teilhabe/pages'])(
    'a foreign origin gets no grant on %s',
    async (route) => {
      const pre = await preflight(`${cms.url}${route}`, 'https://evil.example');
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
      const actual = await fetch(`${cms.url}${route}`, {
        method: route === '/graphql' ? 'POST' : 'GET',
        headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
        body: route === '/graphql' ? JSON.stringify({ query: PAGES }) : undefined,
      });
      expect(actual.headers.get('access-control-allow-origin')).toBeNull();
    }
  );

  test('the admin panel’s own origin is granted', async () => {
    const origin = new URL(cms.url).origin;
    const pre = await preflight(`${cms.url}/admin/access-token`, origin);
    expect(pre.headers.get('access-control-allow-origin')).toBe(origin);
  });
});
