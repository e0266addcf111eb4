/**
 * The directory benchmark: `pnpm --filter @teilhabe/bench directory [options]`.
 *
 * For each database and size it seeds a database where none is seeded yet
 * (`seed.ts`, in its own process), starts the CMS as production does, checks
 * every visit once, warms up, then measures each connection count with
 * autocannon. Results are kept in `bench/.data/directory-results.json`
 * (merged across runs) and written into `docs/benchmarks.md`.
 *
 * Options: --clients sqlite,postgres  --sizes 100,1000,10000
 *          --connections 1,10,50  --seconds 20  --reseed
 * PostgreSQL needs TEILHABE_BENCH_PG_URL (an admin connection URL).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { commandLineArgs } from '../shared/cli.ts';
import { startCms } from '../shared/cms-process.ts';
import { benchDatabase, type Client } from './databases.ts';
import { loadOperation } from './graphql-document.ts';
import { checkVisits, runLoad } from './load.ts';
import { BENCHMARKS_DOC, DATA_DIR, GRAPHQL_DIR } from '../shared/paths.ts';
import { machineInfo } from '../shared/machine.ts';
import { renderReport, writeReport, type SizeResult } from './report.ts';
import { DIRECTORY_VISITS } from './workload.ts';

const WARM_UP_SECONDS = 5;
const WARM_UP_CONNECTIONS = 10;
const RESULTS_FILE = path.join(DATA_DIR, 'directory-results.json');

const { values: options } = parseArgs({
  args: commandLineArgs(),
  options: {
    clients: { type: 'string', default: 'sqlite,postgres' },
    sizes: { type: 'string', default: '100,1000,10000' },
    connections: { type: 'string', default: '1,10,50' },
    seconds: { type: 'string', default: '20' },
    reseed: { type: 'boolean', default: false },
  },
});

const list = (value: string) => value.split(',').map((item) => item.trim());
const clients = list(options.clients) as Client[];
const sizes = list(options.sizes).map(Number);
const connectionCounts = list(options.connections).map(Number);
const seconds = Number(options.seconds);

const seed = (client: Client, offers: number) => {
  console.log(`Seeding ${client} with ${offers} offers …`);
  const run = spawnSync(
    process.execPath,
    [path.join(import.meta.dirname, 'seed.ts'), client, String(offers)],
    {
      stdio: 'inherit',
    }
  );
  if (run.status !== 0) {
    throw new Error(`Seeding ${client} ${offers} failed (exit ${run.status}).`);
  }
};

const measure = async (client: Client, offers: number, query: string): Promise<SizeResult> => {
  const database = benchDatabase(client, offers);
  if (options.reseed || !(await database.seeded())) {
    seed(client, offers);
  }
  const record = await database.seeded();
  if (!record) {
    throw new Error(`${client} ${offers} is not seeded.`);
  }
  const cms = await startCms(database.env);
  try {
    const totals = await checkVisits(cms.url, query, DIRECTORY_VISITS);
    await runLoad(cms.url, query, DIRECTORY_VISITS, WARM_UP_CONNECTIONS, WARM_UP_SECONDS);
    const loads = [];
    for (const connections of connectionCounts) {
      const load = {
        ...(await runLoad(cms.url, query, DIRECTORY_VISITS, connections, seconds)),
        cmsMemoryMiB: cms.memoryMiB(),
      };
      console.log(
        `${client} ${offers} offers, ${connections} connections: p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ${load.requestsPerSecond} req/s, ${load.failures} failures, CMS ${load.cmsMemoryMiB} MiB`
      );
      loads.push(load);
    }
    return {
      client,
      offers,
      locales: record.locales,
      databaseBytes: await database.sizeBytes(),
      seedSeconds: record.seconds,
      totals,
      loads,
      measuredAt: new Date().toISOString(),
    };
  } finally {
    await cms.stop();
  }
};

const query = loadOperation(GRAPHQL_DIR, 'directory/Directory.graphql');
const previous: SizeResult[] = existsSync(RESULTS_FILE)
  ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as SizeResult[])
  : [];
const results = new Map(previous.map((result) => [`${result.client}-${result.offers}`, result]));
for (const client of clients) {
  for (const offers of sizes) {
    results.set(`${client}-${offers}`, await measure(client, offers, query));
    writeFileSync(RESULTS_FILE, JSON.stringify([...results.values()], null, 2));
  }
}

const machine = await machineInfo(
  clients.includes('postgres')
    ? (process.env.TEILHABE_BENCH_PG_URL ?? process.env.TEILHABE_TEST_PG_URL)
    : undefined
);
writeReport(
  BENCHMARKS_DOC,
  renderReport([...results.values()], machine, {
    command: 'pnpm --filter @teilhabe/bench directory',
    seconds,
  })
);
console.log(`Written to ${path.relative(process.cwd(), BENCHMARKS_DOC)}.`);
