import type { MachineInfo } from '../shared/machine.ts';
import { blockMarkers, writeBlock } from '../shared/report-block.ts';
import type { Client } from './databases.ts';
import type { LoadResult } from './load.ts';

/** Everything measured for one database at one size. */
export interface SizeResult {
  client: Client;
  offers: number;
  locales: number;
  databaseBytes: number;
  seedSeconds: number;
  /** Offers each visit found (the whole result, not one page). */
  totals: Record<string, number>;
  loads: LoadResult[];
  measuredAt: string;
}

export type { MachineInfo } from '../shared/machine.ts';

const { start: START, end: END } = blockMarkers('directory');

const P99_GOAL_MS = 100;
const GROWTH_GOAL = 2;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const ms = (value: number) => `${value} ms`;

const rows = (results: SizeResult[]): string[] =>
  results.flatMap((result) =>
    result.loads.map(
      (load) =>
        `| ${result.client} | ${result.offers.toLocaleString('en')} | ${mib(result.databaseBytes)} | ${load.connections} | ${ms(load.p50Ms)} | ${ms(load.p99Ms)} | ${load.requestsPerSecond} | ${load.failures} | ${load.cmsMemoryMiB ?? '–'} MiB |`
    )
  );

/** p99 goal and growth per database and connection count. */
const goals = (results: SizeResult[]): string[] => {
  const lines: string[] = [];
  for (const client of ['sqlite', 'postgres'] as const) {
    const bySize = results.filter((result) => result.client === client);
    const smallest = bySize.find((result) => result.offers === 100);
    const largest = bySize.find((result) => result.offers === 10_000);
    if (!largest) {
      continue;
    }
    for (const load of largest.loads) {
      const base = smallest?.loads.find((entry) => entry.connections === load.connections);
      const growth = base ? load.p99Ms / base.p99Ms : null;
      const p99Met = load.p99Ms < P99_GOAL_MS ? 'met' : '**not met**';
      const growthText =
        growth === null
          ? 'no 100-offer run'
          : `${growth.toFixed(2)}x (${growth < GROWTH_GOAL ? 'met' : '**not met**'})`;
      lines.push(
        `| ${client} | ${load.connections} | ${ms(load.p99Ms)} (${p99Met}) | ${growthText} |`
      );
    }
  }
  return lines;
};

const visitTable = (results: SizeResult[]): string[] => {
  const names = [...new Set(results.flatMap((result) => Object.keys(result.totals)))];
  const columns = results.map((result) => `${result.client} ${result.offers}`);
  return [
    `| visit | ${columns.join(' | ')} |`,
    `| --- | ${columns.map(() => '---:').join(' | ')} |`,
    ...names.map(
      (name) => `| ${name} | ${results.map((result) => result.totals[name] ?? '–').join(' | ')} |`
    ),
  ];
};

/**
 * Renders the results as the directory section of `docs/benchmarks.md`.
 * @param results every measured database and size
 * @param machine where it ran
 * @param settings the command's settings, to repeat the run
 */
export const renderReport = (
  results: SizeResult[],
  machine: MachineInfo,
  settings: { command: string; seconds: number }
): string => {
  const sorted = [...results].sort(
    (a, b) => a.client.localeCompare(b.client) || a.offers - b.offers
  );
  return [
    START,
    '',
    `Command: \`${settings.command}\` (outside CI; the bulk seeder runs first where a database is missing).`,
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}` +
      `${machine.postgres ? `, ${machine.postgres} with Debian's default settings` : ''}; ` +
      'load generator (autocannon), CMS and database share the same cores on loopback.',
    '',
    "What is measured: the portal's own `Directory` GraphQL operation (result cards with category,",
    'districts, provider and locations) against `strapi start` in production mode. Each connection',
    `sends eight visits in turn (one per locale, search and filters mixed; list below), ${settings.seconds} s per row`,
    'after a warm-up. Every offer exists in seven locales. Failures count non-2xx answers, socket',
    'errors, timeouts and answers with GraphQL errors. "CMS memory after" is the resident memory',
    'of the CMS process after each row (the warm-up and earlier rows included).',
    '',
    '| database | offers | database size | connections | p50 | p99 | req/s | failures | CMS memory after |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows(sorted),
    '',
    `Goals: p99 under ${P99_GOAL_MS} ms at 10,000 offers; p99 at 10,000 less than ${GROWTH_GOAL}x the p99 at 100.`,
    '',
    '| database | connections | p99 at 10,000 | growth 100 → 10,000 |',
    '| --- | ---: | ---: | ---: |',
    ...goals(sorted),
    '',
    'Offers each visit finds (whole result; a page shows 20):',
    '',
    ...visitTable(sorted),
    '',
    `Seeding time (bulk seeder through the Document Service in transactions of 250 offers, index built once; the seeds ran while other work shared the machine, so these are indicative only): ${sorted
      .map((result) => `${result.client} ${result.offers}: ${result.seedSeconds} s`)
      .join('; ')}.`,
    '',
    END,
  ].join('\n');
};

/**
 * Replaces the directory section of the benchmarks document (between its markers).
 * @param file path of `docs/benchmarks.md`
 * @param section the rendered section, markers included
 */
export const writeReport = (file: string, section: string): void =>
  writeBlock(file, 'directory', section);
