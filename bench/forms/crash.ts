/**
 * The forms durability check: `pnpm --filter @teilhabe/bench forms-crash [options]`.
 *
 * For each database: seeds the demo forms into an empty database, starts the
 * CMS as production does, and sends submissions directly to it over 10
 * connections. After `--kill-after` seconds the CMS process gets SIGKILL,
 * in the middle of the load. Every reference acknowledged (201) before
 * that is recorded; so is every submission that got no answer. The CMS is
 * started again on the same database with the same keys, and the database
 * is read directly: every acknowledged reference must be there exactly
 * once, no reference twice, every submission with its first status event.
 * Then each unanswered submission is sent again with its idempotency key,
 * as a resident's browser would retry: each must be acknowledged and
 * stored once, however far the first attempt got. Results go to
 * `bench/.data/forms-crash-results.json` and `docs/benchmarks.md`; the
 * command fails when a check fails.
 *
 * Options: --clients sqlite,postgres  --kill-after 5  --connections 10
 *          --quiet-below 2  --quiet-wait 15 (wait for a quieter machine first)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { commandLineArgs } from '../shared/cli.ts';
import { cmsSecrets, startCms, type RunningCms } from '../shared/cms-process.ts';
import { scratchDatabase, type Client } from '../shared/databases.ts';
import { loadAverage, waitForQuiet } from '../shared/machine.ts';
import { BENCHMARKS_DOC, DATA_DIR } from '../shared/paths.ts';
import { submissionsFor } from './checks.ts';
import { renderCrashReport, type CrashResult } from './crash-report.ts';
import { verifyStored } from './crash-verify.ts';
import { measureEachDatabase } from './per-database.ts';
import { prepareFormsDatabase } from './prepare.ts';
import { renderForms } from './render-tokens.ts';
import { sendSubmission } from './send.ts';
import type { Submission } from './submission-requests.ts';
import { FORM_SLUG, FORMS_DATABASE } from './workload.ts';

const RESULTS_FILE = path.join(DATA_DIR, 'forms-crash-results.json');
/** Form reads made before the load: more than the connections can send before the kill. */
const PREPARED = 1500;

const { values: options } = parseArgs({
  args: commandLineArgs(),
  options: {
    clients: { type: 'string', default: 'sqlite,postgres' },
    'kill-after': { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
    'quiet-below': { type: 'string', default: '2' },
    'quiet-wait': { type: 'string', default: '15' },
  },
});
const clients = options.clients.split(',').map((item) => item.trim()) as Client[];
const killAfterMs = Number(options['kill-after']) * 1000;
const connections = Number(options.connections);

/** What the load saw up to the kill. */
interface LoadUntilKill {
  acknowledged: string[];
  /** Sent, but no answer came: in flight at the kill, or refused a connection after it. */
  unanswered: Submission[];
  /** Answered without a reference (must stay 0). */
  refused: number;
  secondsUntilKill: number;
}

/**
 * Sends the prepared submissions over parallel connections until the CMS
 * is killed: each connection stops at its first request without an answer.
 */
const loadUntilKill = async (cms: RunningCms, prepared: Submission[]): Promise<LoadUntilKill> => {
  const result: LoadUntilKill = {
    acknowledged: [],
    unanswered: [],
    refused: 0,
    secondsUntilKill: 0,
  };
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let submission = prepared[next++]; submission; submission = prepared[next++]) {
      try {
        const answer = await sendSubmission(cms.url, 'direct', submission);
        if (answer.reference) {
          result.acknowledged.push(answer.reference);
        } else {
          result.refused += 1;
        }
      } catch {
        result.unanswered.push(submission);
        return;
      }
    }
  };
  const killer = (async () => {
    await new Promise((resolve) => setTimeout(resolve, killAfterMs));
    result.secondsUntilKill = Math.round((performance.now() - started) / 100) / 10;
    if (next >= prepared.length) {
      throw new Error('The load had ended before the kill: kill earlier (--kill-after).');
    }
    await cms.kill();
  })();
  await Promise.all([...Array.from({ length: connections }, worker), killer]);
  return result;
};

const crashClient = async (client: Client): Promise<CrashResult> => {
  console.log(`Preparing ${client} …`);
  prepareFormsDatabase(client);
  const database = scratchDatabase(client, FORMS_DATABASE);
  // The same keys after the restart, as a real restart has: retries must find their idempotency hash.
  const secrets = cmsSecrets();
  const first = await startCms(database.env, secrets);
  const prepared = submissionsFor(await renderForms(first.url, FORM_SLUG, PREPARED, connections));
  const loadBefore = await waitForQuiet(
    Number(options['quiet-below']),
    Number(options['quiet-wait']) * 60_000
  );
  const load = await loadUntilKill(first, prepared);
  console.log(
    `${client}: killed after ${load.secondsUntilKill} s; ${load.acknowledged.length} acknowledged, ${load.unanswered.length} unanswered`
  );
  const second = await startCms(database.env, secrets);
  try {
    const afterRestart = await verifyStored(database.select, load.acknowledged);
    const retried: string[] = [];
    for (const submission of load.unanswered) {
      const answer = await sendSubmission(second.url, 'direct', submission);
      if (answer.reference) {
        retried.push(answer.reference);
      }
    }
    const afterRetry = await verifyStored(database.select, [...load.acknowledged, ...retried]);
    return {
      client,
      secondsUntilKill: load.secondsUntilKill,
      acknowledged: load.acknowledged.length,
      unanswered: load.unanswered.length,
      refused: load.refused,
      afterRestart,
      retriedAcknowledged: retried.length,
      afterRetry,
      loadAverage: [loadBefore, loadAverage()],
      measuredAt: new Date().toISOString(),
    };
  } finally {
    await second.stop();
  }
};

const { results, machine } = await measureEachDatabase(RESULTS_FILE, clients, crashClient);
const passed = renderCrashReport(BENCHMARKS_DOC, results, machine, {
  command: 'pnpm --filter @teilhabe/bench forms-crash',
  connections,
});
console.log(`Written to ${path.relative(process.cwd(), BENCHMARKS_DOC)}.`);
if (!passed) {
  console.error('The durability check failed: see docs/benchmarks.md.');
  process.exit(1);
}
