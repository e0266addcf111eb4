import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, parse, type DocumentNode } from 'graphql';
import { operationCost } from '../cost';
import { PUBLIC_API_LIMITS } from '../limits';

/** The contract with the portal: the public schema and the portal's operations. */
const GRAPHQL_DIR = path.resolve(__dirname, '../../../../../../graphql');
const schema = buildSchema(readFileSync(path.join(GRAPHQL_DIR, 'schema.graphql'), 'utf8'));
const pageSizes = { defaultLimit: 25, maxLimit: 100 };

const graphqlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? graphqlFiles(path.join(dir, entry.name))
      : entry.name.endsWith('.graphql')
        ? [path.join(dir, entry.name)]
        : []
  );

const fragments = graphqlFiles(path.join(GRAPHQL_DIR, 'fragments'))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');

const operationDocument = (file: string): DocumentNode =>
  parse(`${readFileSync(file, 'utf8')}\n${fragments}`);

/** The largest values the portal's variables can take. */
const WORST_CASE_VARIABLES: Record<string, Record<string, unknown>> = {
  Directory: { locale: 'de', pageSize: 50, page: 1 },
  SitemapOffers: { locale: 'de', pageSize: 50, page: 1 },
  SitemapPages: { locale: 'de', pageSize: 100, page: 1 },
  Comments: { subject: 'kinderbetreuung' },
  FormStatistics: { locale: 'de', form: 'diskriminierung-melden' },
  ConceptRevision: { locale: 'de', id: 'x' },
};

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  operationCost(schema, parse(query), pageSizes, variables);

const nestedLocalizations = (levels: number, rootArgs = 'locale: "de"') => {
  let selection = 'title';
  for (let level = 0; level < levels; level += 1) {
    selection = `localizations { ${selection} }`;
  }
  return `{ teilhabePages(${rootArgs}) { ${selection} } }`;
};

describe('the public cost limit', () => {
  const operations = graphqlFiles(path.join(GRAPHQL_DIR, 'operations'));

  test('covers every operation of the portal', () => {
    expect(operations.map((file) => path.basename(file, '.graphql')).sort()).toEqual(
      expect.arrayContaining(['Directory', 'HomePage', 'OfferBySlug', 'PageBySlug', 'SiteFrame'])
    );
  });

  test.each(
    graphqlFiles(path.join(GRAPHQL_DIR, 'operations'))
      // A file of fragments only (shared by the concept's operations) is no operation.
      .filter((file) => /^\s*query\b/m.test(readFileSync(file, 'utf8')))
      .map((file) => [path.basename(file, '.graphql'), file])
  )('leaves room to spare for %s at its largest', (name, file) => {
    const estimated = operationCost(
      schema,
      operationDocument(file),
      pageSizes,
      WORST_CASE_VARIABLES[name] ?? { locale: 'de', slug: 'x' }
    );
    expect(estimated).toBeGreaterThan(0);
    expect(estimated).toBeLessThanOrEqual(PUBLIC_API_LIMITS.maxCost / 3);
  });

  test('multiplies nested localizations by the number of locales', () => {
    const two = cost(nestedLocalizations(2));
    const three = cost(nestedLocalizations(3));
    expect(three / two).toBeGreaterThan(6);
    expect(two).toBeLessThanOrEqual(PUBLIC_API_LIMITS.maxCost);
    expect(three).toBeGreaterThan(PUBLIC_API_LIMITS.maxCost);
    expect(cost(nestedLocalizations(6))).toBeGreaterThan(1000 * PUBLIC_API_LIMITS.maxCost);
  });

  test('counts pages by their limit, and a limit of -1 as the maximum', () => {
    const query = (limit: number) =>
      `{ teilhabePages(locale: "de", pagination: { limit: ${limit} }) { title localizations { locale } } }`;
    expect(cost(query(100))).toBeGreaterThan(cost(query(10)) * 9);
    expect(cost(query(-1))).toBe(cost(query(100)));
    expect(cost(query(100000))).toBe(cost(query(100)));
  });

  test('counts every alias, so width costs as much as depth', () => {
    const directory = 'teilhabeDirectory(locale: de, pageSize: 50) { offers { title { text } } }';
    const aliased = (count: number) =>
      `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${directory}`).join(' ')} }`;
    expect(cost(aliased(12))).toBe(12 * cost(aliased(1)));
  });

  test('refuses variables that do not fit with BAD_USER_INPUT, not an internal error', () => {
    expect(() =>
      cost('query($size: Int) { teilhabeDirectory(locale: de, pageSize: $size) { total } }', {
        size: 'many',
      })
    ).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })
    );
  });
});
