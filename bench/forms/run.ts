/**
 * The forms benchmark: `pnpm --filter @teilhabe/bench forms [options]`.
 *
 * For each database: seeds the demo forms into an empty database, starts
 * the CMS as production does (encryption and rate limiting on, as always)
 * and the portal in front of it as behind a reverse proxy, checks that the
 * protections hold (too fast, rate limit, encrypted row), then measures
 * submissions to `sprachkurs-interesse` directly to the CMS and through the
 * portal's no-JavaScript form post. Every submission is a new resident:
 * its own form read (render token, idempotency key, read at least 3 s
 * before), answers and client address. Results are kept in
 * `bench/.data/forms-results.json` (merged across runs) and written into
 * `docs/benchmarks.md`.
 *
 * Options: --clients sqlite,postgres  --targets direct,portal
 *          --submissions 3000  --warm-up 300  --connections 10
 *          --quiet-below 2  --quiet-wait 15 (before each measured row, wait up to
 *          15 minutes for the 1-minute load average to fall below 2)
 *          --report-only (writes the kept results into docs/benchmarks.md again)
 * PostgreSQL needs TEILHABE_BENCH_PG_URL (an admin connection URL).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { commandLineArgs } from '../shared/cli.ts';
import { cmsSecrets, startCms, type RunningCms } from '../shared/cms-process.ts';
import { scratchDatabase, type Client, type ScratchDatabase } from '../shared/databases.ts';
import { loadAverage, waitForQuiet } from '../shared/machine.ts';
import { BENCHMARKS_DOC, DATA_DIR } from '../shared/paths.ts';
import { startPortal, type RunningPortal } from '../shared/portal-process.ts';
import { checkRefusals, checkStoredEncrypted, submissionsFor } from './checks.ts';
import { runSubmissions } from './load.ts';
import { measureEachDatabase } from './per-database.ts';
import { countStored, prepareFormsDatabase } from './prepare.ts';
import { renderForms } from './render-tokens.ts';
import { renderFormsReport, type ClientResult, type MeasuredLoad } from './report.ts';
import type { Target } from './submission-requests.ts';
import { FORM_SLUG, FORMS_DATABASE } from './workload.ts';

const RESULTS_FILE = path.join(DATA_DIR, 'forms-results.json');

const { values: options } = parseArgs({
  args: commandLineArgs(),
  options: {
    clients: { type: 'string', default: 'sqlite,postgres' },
    targets: { type: 'string', default: 'direct,portal' },
    submissions: { type: 'string', default: '3000' },
    'warm-up': { type: 'string', default: '300' },
    connections: { type: 'string', default: '10' },
    'quiet-below': { type: 'string', default: '2' },
    'quiet-wait': { type: 'string', default: '15' },
    'report-only': { type: 'boolean', default: false },
  },
});

const list = (value: string) => value.split(',').map((item) => item.trim());
const clients = list(options.clients) as Client[];
const targets = list(options.targets) as Target[];
const count = Number(options.submissions);
const warmUp = Number(options['warm-up']);
const connections = Number(options.connections);
const quietBelow = Number(options['quiet-below']);
const quietWaitMs = Number(options['quiet-wait']) * 60_000;

/** Reads the form once per submission before the run, then sends them all. */
const measure = async (
  cms: RunningCms,
  url: string,
  target: Target,
  database: ScratchDatabase,
  submissions: number,
  quiet: boolean
): Promise<MeasuredLoad> => {
  const prepared = submissionsFor(
    await renderForms(cms.url, FORM_SLUG, submissions + 2 * connections, connections)
  );
  const loadBefore = quiet ? await waitForQuiet(quietBelow, quietWaitMs) : loadAverage();
  const before = await countStored(database.select);
  const load = await runSubmissions(url, target, prepared, submissions, connections);
  const stored = (await countStored(database.select)) - before;
  if (stored !== load.accepted) {
    throw new Error(`${load.accepted} submissions were acknowledged, but ${stored} stored.`);
  }
  return {
    ...load,
    stored,
    loadAverage: [loadBefore, loadAverage()],
    cmsMemoryMiB: cms.memoryMiB(),
  };
};

const measureClient = async (client: Client): Promise<ClientResult> => {
  console.log(`Preparing ${client} …`);
  prepareFormsDatabase(client);
  const database = scratchDatabase(client, FORMS_DATABASE);
  const cms = await startCms(database.env, cmsSecrets());
  let portal: RunningPortal | null = null;
  try {
    const refusals = await checkRefusals(cms.url);
    const urls: Record<Target, string> = { direct: cms.url, portal: cms.url };
    if (targets.includes('portal')) {
      portal = await startPortal(cms.url);
      urls.portal = portal.url;
    }
    const loads: MeasuredLoad[] = [];
    for (const target of targets) {
      await checkStoredEncrypted(cms.url, urls[target], target, database);
      await measure(cms, urls[target], target, database, warmUp, false);
      const load = await measure(cms, urls[target], target, database, count, true);
      console.log(
        `${client} ${target}: ${load.perSecond} submissions/s, p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms, ${load.failures} failures, load average ${load.loadAverage.join(' → ')}`
      );
      loads.push(load);
    }
    return {
      client,
      checks: { ...refusals, encryptedAtRest: targets },
      loads,
      storedAfter: await countStored(database.select),
      databaseBytes: await database.sizeBytes(),
      measuredAt: new Date().toISOString(),
    };
  } finally {
    await portal?.stop();
    await cms.stop();
  }
};

const { results, machine } = await measureEachDatabase(
  RESULTS_FILE,
  options['report-only'] ? [] : clients,
  measureClient
);
renderFormsReport(BENCHMARKS_DOC, results, machine, {
  command: 'pnpm --filter @teilhabe/bench forms',
  submissions: count,
  warmUp,
  connections,
  quietBelow,
});
console.log(`Written to ${path.relative(process.cwd(), BENCHMARKS_DOC)}.`);
