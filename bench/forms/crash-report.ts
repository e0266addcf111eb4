import type { Client } from '../shared/databases.ts';
import type { MachineInfo } from '../shared/machine.ts';
import { blockMarkers, writeBlock } from '../shared/report-block.ts';
import type { StoredCheck } from './crash-verify.ts';

/** One database's durability check. */
export interface CrashResult {
  client: Client;
  secondsUntilKill: number;
  /** References acknowledged (201) before the kill. */
  acknowledged: number;
  /** Submissions sent that got no answer (in flight at the kill, or after it). */
  unanswered: number;
  /** Answers without a reference before the kill (must be 0). */
  refused: number;
  afterRestart: StoredCheck;
  /** Unanswered submissions acknowledged when sent again after the restart. */
  retriedAcknowledged: number;
  afterRetry: StoredCheck;
  loadAverage: [number, number];
  measuredAt: string;
}

const BLOCK = 'forms-crash';

const intact = (check: StoredCheck) =>
  check.missing === 0 &&
  check.givenTwice === 0 &&
  check.duplicated === 0 &&
  check.withoutOneEvent === 0 &&
  check.eventsWithoutSubmission === 0;

/**
 * Whether a database passed: nothing acknowledged lost, nothing twice,
 * every submission with its event; after the retries every submission
 * sent is stored exactly once.
 */
export const crashPassed = (result: CrashResult): boolean =>
  result.refused === 0 &&
  intact(result.afterRestart) &&
  result.afterRestart.storedWithoutAnswer <= result.unanswered &&
  result.retriedAcknowledged === result.unanswered &&
  intact(result.afterRetry) &&
  result.afterRetry.storedWithoutAnswer === 0 &&
  result.afterRetry.rows === result.acknowledged + result.unanswered;

const row = (result: CrashResult): string =>
  [
    result.client,
    `${result.secondsUntilKill} s`,
    result.acknowledged,
    result.unanswered,
    result.afterRestart.rows,
    result.afterRestart.storedWithoutAnswer,
    result.afterRestart.missing,
    result.afterRestart.duplicated,
    result.afterRestart.withoutOneEvent + result.afterRestart.eventsWithoutSubmission,
    `${result.retriedAcknowledged} of ${result.unanswered}`,
    `${result.afterRetry.rows} (${result.afterRetry.missing} missing, ${result.afterRetry.duplicated} twice)`,
    `${result.loadAverage[0]} → ${result.loadAverage[1]}`,
    crashPassed(result) ? 'passed' : '**failed**',
  ].join(' | ');

/**
 * Renders the durability results into their block of `docs/benchmarks.md`.
 * @param file path of `docs/benchmarks.md`
 * @param results every checked database
 * @param machine where it ran
 * @param settings the command, to repeat the run
 * @returns whether every database passed
 */
export const renderCrashReport = (
  file: string,
  results: CrashResult[],
  machine: MachineInfo,
  settings: { command: string; connections: number }
): boolean => {
  const sorted = [...results].sort((a, b) => a.client.localeCompare(b.client));
  const { start, end } = blockMarkers(BLOCK);
  const measuredAt = sorted
    .map((result) => `${result.client} ${result.measuredAt.slice(0, 16).replace('T', ' ')} UTC`)
    .join(', ');
  writeBlock(
    file,
    BLOCK,
    [
      start,
      '',
      `Command: \`${settings.command}\` (outside CI; an empty database with the demo forms each time). Measured ${measuredAt}.`,
      `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}` +
        `${machine.postgres ? `, ${machine.postgres} with Debian's default settings` : ''}.`,
      '',
      `What is checked: submissions of \`sprachkurs-interesse\` go directly to the CMS over ${settings.connections}`,
      'connections (each its own form read, answers and client address, as in the benchmark above); after',
      'a few seconds the `strapi start` process gets SIGKILL (`kill -9`) in the middle of the load. Every',
      'reference acknowledged with 201 before that is recorded. The CMS is started again on the same',
      'database with the same keys, and `teilhabe_submissions` and `teilhabe_submission_events` are read',
      'directly, not through the CMS. Then every submission that got no answer is sent again with its',
      "idempotency key, as a resident's browser retries, and the tables are read again.",
      '',
      '| database | killed after | acknowledged before the kill | unanswered | rows after restart | stored, answer lost | acknowledged missing | references twice | submissions without one event, events without submission | unanswered acknowledged on retry | rows after retries | load average before → after | result |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
      ...sorted.map((result) => `| ${row(result)} |`),
      '',
      'Passed means: no acknowledged reference missing, none stored twice or given to two residents, each',
      'submission with exactly one status event (the two rows are written in one transaction); rows stored',
      'whose answer was lost are at most the unanswered submissions; after the retries every submission sent',
      'is acknowledged and stored exactly once (rows = acknowledged + unanswered). A process kill is not a',
      'power loss: what the database has written but not synced is still in the operating system.',
      '',
      end,
    ].join('\n')
  );
  return sorted.every(crashPassed);
};
