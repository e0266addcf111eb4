import type { Response } from 'supertest';
import {
  filterObject,
  graphqlLiteral,
  restFilterQuery,
  templatePath,
  type FilterTemplate,
} from './graphql-probe';
import type { TestStrapi } from './test-strapi';

/** One filter value on one filterable path, and what it is compared with. */
export interface FilterProbe {
  /** Unique label: query, path and value. */
  key: string;
  template: FilterTemplate;
  /** The operator's value (a list for list operators). */
  value: unknown;
  /** Key of a probe in the same pass whose result this one must equal. */
  sameAs?: string;
  /** Also asked before the drafts exist; its answer must not change. */
  before?: boolean;
}

/** What a probe answered: the sorted rows, or how it was refused. */
export type Outcome = string;

/** The rows a result stands for, independent of order. */
const rowsOf = (result: unknown): Outcome => {
  const nodes = (result as { nodes?: unknown[] } | null)?.nodes ?? result;
  const total = (result as { pageInfo?: { total?: number } } | null)?.pageInfo?.total;
  if (!Array.isArray(nodes)) {
    return JSON.stringify(result);
  }
  const rows = nodes
    .map((row: { documentId?: string; locale?: string; id?: number }) =>
      [row.documentId ?? row.id, row.locale].join('/')
    )
    .sort();
  return JSON.stringify(total === undefined ? rows : { rows, total });
};

/** Rows selected from a query field: a list or a connection. */
const selection = (query: string) =>
  query.endsWith('_connection')
    ? '{ nodes { documentId locale } pageInfo { total } }'
    : '{ documentId locale }';

/** `teilhabePages(filters: { … })`, for labels and documents. */
export const graphqlField = (probe: FilterProbe): string =>
  `${probe.template.query}(filters: ${graphqlLiteral(filterObject(probe.template, probe.value))})`;

const graphqlOutcomes = (response: Response, probes: FilterProbe[]): Outcome[] => {
  const body = response.body as {
    data?: Record<string, unknown> | null;
    errors?: Array<{ path?: Array<string | number> }>;
  };
  if (!body?.data) {
    return probes.map(() => `refused ${response.status}`);
  }
  return probes.map((_, index) =>
    body.errors?.some((error) => error.path?.[0] === `p${index}`)
      ? 'error'
      : rowsOf(body.data?.[`p${index}`])
  );
};

/**
 * Runs probes through GraphQL, up to `batch` aliases to a document. A
 * refused document is split in halves until each probe has its answer, and
 * later documents stay at the size that was answered: a limit on aliases or
 * cost makes the run slower, never its answers vaguer.
 * @returns the outcome by probe key
 */
export const runGraphqlProbes = async (
  cms: TestStrapi,
  probes: FilterProbe[],
  batch: number
): Promise<Map<string, Outcome>> => {
  const outcomes = new Map<string, Outcome>();
  let size = batch;
  const ask = async (chunk: FilterProbe[]): Promise<void> => {
    const fields = chunk.map(
      (probe, index) => `p${index}: ${graphqlField(probe)} ${selection(probe.template.query)}`
    );
    const answers = graphqlOutcomes(await cms.graphql(`{ ${fields.join(' ')} }`), chunk);
    if (chunk.length > 1 && answers.every((answer) => answer.startsWith('refused'))) {
      size = Math.max(1, Math.floor(chunk.length / 2));
      await ask(chunk.slice(0, size));
      await ask(chunk.slice(size));
      return;
    }
    chunk.forEach((probe, index) => outcomes.set(probe.key, answers[index]!));
  };
  for (let start = 0; start < probes.length;) {
    const chunk = probes.slice(start, start + size);
    await ask(chunk);
    start += chunk.length;
  }
  return outcomes;
};

/** Runs every probe through REST, one request each, on the list route of its query. */
export const runRestProbes = async (
  cms: TestStrapi,
  probes: FilterProbe[],
  routes: Record<string, string>
): Promise<Map<string, Outcome>> => {
  const outcomes = new Map<string, Outcome>();
  for (const probe of probes) {
    const response = await cms.get(restUrl(probe, routes));
    outcomes.set(
      probe.key,
      response.status === 200 ? rowsOf(response.body.data) : `refused ${response.status}`
    );
  }
  return outcomes;
};

export const restUrl = (probe: FilterProbe, routes: Record<string, string>): string =>
  `${routes[probe.template.query]}?${restFilterQuery(probe.template, probe.value)}`;

/** Probe key from its parts. */
export const probeKey = (template: FilterTemplate, label: string): string =>
  `${template.query} ${templatePath(template)} = ${label}`;

/**
 * Where a draft changed an answer: probes whose outcome differs from the
 * pass before the drafts existed, or from the probe they must equal.
 * @returns one line per difference, empty when drafts changed nothing
 */
export const differences = (
  probes: FilterProbe[],
  before: Map<string, Outcome>,
  after: Map<string, Outcome>
): string[] =>
  probes.flatMap((probe) => {
    const found: string[] = [];
    const now = after.get(probe.key);
    if (probe.before && now !== before.get(probe.key)) {
      found.push(`${probe.key}: ${before.get(probe.key)} before the drafts, ${now} after`);
    }
    if (probe.sameAs && now !== after.get(probe.sameAs)) {
      found.push(
        `${probe.key}: ${now}, but ${after.get(probe.sameAs)} for a value matching nothing`
      );
    }
    return found;
  });

/** Share of outcomes that are answers rather than refusals or errors. */
export const answeredShare = (outcomes: Map<string, Outcome>): number =>
  [...outcomes.values()].filter((outcome) => !/^(refused|error)/.test(outcome)).length /
  Math.max(outcomes.size, 1);

/**
 * A character-by-character guesser: extends a known prefix by each
 * character of `alphabet` while `hit` says the result set is not empty,
 * within `budget` requests.
 * @returns what it recovered
 */
export const guessByCharacter = async (
  alphabet: string[],
  budget: number,
  hit: (candidate: string) => Promise<boolean>
): Promise<{ recovered: string; requests: number }> => {
  let recovered = '';
  let requests = 0;
  let extended = true;
  while (extended && requests < budget) {
    extended = false;
    for (const character of alphabet) {
      if (requests >= budget) {
        break;
      }
      requests += 1;
      if (await hit(recovered + character)) {
        recovered += character;
        extended = true;
        break;
      }
    }
  }
  return { recovered, requests };
};
