import type { Client } from '../shared/databases.ts';
import type { MachineInfo } from '../shared/machine.ts';
import { blockMarkers, writeBlock } from '../shared/report-block.ts';
import type { SetupChecks } from './checks.ts';
import type { SubmissionLoad } from './load.ts';
import type { Target } from './submission-requests.ts';
import { FORM_SLUG } from './workload.ts';

/** One measured run, with what was stored and the machine's load around it. */
export interface MeasuredLoad extends SubmissionLoad {
  /** Rows added to `teilhabe_submissions` during the run (must equal `accepted`). */
  stored: number;
  /** 1-minute load average before and after the run. */
  loadAverage: [number, number];
  cmsMemoryMiB: number;
}

/** Everything measured on one database. */
export interface ClientResult {
  client: Client;
  checks: SetupChecks;
  loads: MeasuredLoad[];
  storedAfter: number;
  databaseBytes: number;
  measuredAt: string;
}

const BLOCK = 'forms';

/** The aims of issue #9 at 10 connections. */
export const AIMS: Record<Target, { perSecond: number; p99Ms: number }> = {
  direct: { perSecond: 150, p99Ms: 300 },
  portal: { perSecond: 100, p99Ms: 300 },
};

const TARGET_NAMES: Record<Target, string> = {
  direct: 'CMS directly',
  portal: 'portal (no-JS form post)',
};

const met = (ok: boolean) => (ok ? 'met' : '**not met**');

const sorted = (results: ClientResult[]) =>
  [...results].sort((a, b) => a.client.localeCompare(b.client));

const rows = (results: ClientResult[]): string[] =>
  sorted(results).flatMap((result) =>
    result.loads.map(
      (load) =>
        `| ${result.client} | ${TARGET_NAMES[load.target]} | ${load.connections} | ${load.accepted} of ${load.sent} | ${load.failures} | ${load.perSecond} | ${load.p50Ms} ms | ${load.p99Ms} ms | ${load.loadAverage[0]} → ${load.loadAverage[1]} | ${load.cmsMemoryMiB} MiB |`
    )
  );

const aims = (results: ClientResult[]): string[] =>
  sorted(results).flatMap((result) =>
    result.loads.map((load) => {
      const aim = AIMS[load.target];
      return `| ${result.client} | ${TARGET_NAMES[load.target]} | ${aim.perSecond}/s: ${load.perSecond}/s (${met(load.perSecond >= aim.perSecond)}) | under ${aim.p99Ms} ms: ${load.p99Ms} ms (${met(load.p99Ms < aim.p99Ms)}) |`;
    })
  );

/** What the checks before the runs found, once for all databases where they found the same. */
const checks = (results: ClientResult[]): string => {
  const byText = new Map<string, Client[]>();
  for (const { client, checks: found } of sorted(results)) {
    const text =
      `one address refused with 429 after ${found.acceptedBeforeRateLimit} submissions; ` +
      'a submission right after the form read refused as too fast (400); a submission through ' +
      found.encryptedAtRest.map((target) => `the ${TARGET_NAMES[target]}`).join(' and through ') +
      ' stored once, with ciphertext and no answer in plain text';
    byText.set(text, [...(byText.get(text) ?? []), client]);
  }
  return [...byText].map(([text, clients]) => `on ${clients.join(' and ')}: ${text}`).join('; ');
};

/**
 * Renders the results into the forms block of `docs/benchmarks.md`.
 * @param file path of `docs/benchmarks.md`
 * @param results every measured database
 * @param machine where it ran
 * @param settings the command and its settings, to repeat the run
 */
export const renderFormsReport = (
  file: string,
  results: ClientResult[],
  machine: MachineInfo,
  settings: {
    command: string;
    submissions: number;
    warmUp: number;
    connections: number;
    quietBelow: number;
  }
): void => {
  const { start, end } = blockMarkers(BLOCK);
  const measuredAt = sorted(results)
    .map((result) => `${result.client} ${result.measuredAt.slice(0, 16).replace('T', ' ')} UTC`)
    .join(', ');
  const section = [
    start,
    '',
    `Command: \`${settings.command}\` (outside CI; seeds the five demo forms into an empty database first).`,
    `Measured ${measuredAt}.`,
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}` +
      `${machine.postgres ? `, ${machine.postgres} with Debian's default settings` : ''}; ` +
      'load generator (autocannon), portal, CMS and database share the same cores on loopback, ' +
      'and other work ran on the machine at the same time: before each row the run waited (15 minutes at most) for ' +
      `the 1-minute load average to fall below ${settings.quietBelow}; the table gives it before and after the row.`,
    '',
    `What is measured: ${settings.submissions} submissions of \`${FORM_SLUG}\` per row, sent over ${settings.connections} connections, each`,
    `as fast as answers come back, after a warm-up of ${settings.warmUp}. Valid answers vary from submission to submission`,
    '(four locales). Every submission is a new resident: its own form read (GraphQL `teilhabeForm`, as the',
    'portal reads it), made before the run and at least 3 s old (`MIN_FILL_MS`), so its own render token and',
    'idempotency key; the honeypot empty; its own client address. "CMS directly" posts JSON to',
    '`/api/teilhabe/forms/<slug>/submissions`; the portal row posts the review page\'s "send" form as a browser',
    'without JavaScript does (`application/x-www-form-urlencoded` to `/<locale>/formulare/<slug>`), and the',
    'portal answers with the confirmation page. Acknowledged means 201 with a reference (CMS), or the',
    'confirmation page showing one (portal); after each row the new rows in `teilhabe_submissions` are counted',
    'and must equal the acknowledged submissions.',
    '',
    'Encryption and rate limiting are on, as always; the rate limit is not raised. Distinct clients are',
    'simulated as a reverse proxy reports them when it sets the header to the address it sees: each submission',
    'carries `X-Forwarded-For: <address>` with an address of its own from 198.18.0.0/15 (set aside for',
    'benchmarks). The CMS rate-limits by that address, believed from loopback (`TEILHABE_TRUSTED_PROXIES`);',
    'the portal runs with `NUXT_TRUSTED_PROXIES=loopback` and passes it on. Checked before the runs, ' +
      checks(results) +
      '.',
    '',
    '| database | path | connections | acknowledged | failures | submissions/s | p50 | p99 | load average (1 min) before → after | CMS memory after |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows(results),
    '',
    `Aims of issue #9 at ${settings.connections} connections:`,
    '',
    '| database | path | submissions per second | p99 |',
    '| --- | --- | --- | --- |',
    ...aims(results),
    '',
    end,
  ].join('\n');
  writeBlock(file, BLOCK, section);
};
