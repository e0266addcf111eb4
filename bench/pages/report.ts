import type { MachineInfo } from '../shared/machine.ts';
import { blockMarkers, writeBlock } from '../shared/report-block.ts';
import type { PageLoad } from './load.ts';

/** One measured page in one set-up. */
export interface PageRow extends PageLoad {
  mode: string;
  page: string;
  /** The machine's 1-minute load average after the row (other work included). */
  loadAverage: number;
  path: string;
  connections: number;
}

const formatNumber = (value: number) => value.toLocaleString('en-GB');

/**
 * Writes the page benchmark's block of `docs/benchmarks.md`.
 * @param file the benchmarks document
 * @param run the machine, the rows and the command that measured them
 */
export const renderPagesReport = (
  file: string,
  run: { machine: MachineInfo; rows: PageRow[]; command: string }
): void => {
  const { start, end } = blockMarkers('pages');
  const bare = run.rows.find((row) => row.mode.startsWith('bare'))?.requestsPerSecond ?? 0;
  const lines = run.rows.map(
    (row) =>
      `| ${row.mode} | ${row.page} | ${row.connections} | ${formatNumber(row.requestsPerSecond)} | ${row.p50Ms} ms | ${row.p99Ms} ms | ${bare ? `${Math.round((row.requestsPerSecond / bare) * 1000) / 10} %` : '–'} | ${row.hitRatio === null ? '–' : `${Math.round(row.hitRatio * 1000) / 10} %`} | ${row.failures} | ${row.loadAverage} |`
  );
  const { machine } = run;
  const section = [
    start,
    '',
    `Command: \`${run.command}\` (outside CI; \`npm run build\` first, \`redis-server\` on PATH).`,
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}; load generator (autocannon), CMS, portal and Redis share the same cores on loopback.`,
    '',
    'What is measured: GET of one page, keep-alive, after a warm-up of the same length as',
    'stated in the command; the CMS in demo mode on SQLite. "No page cache" renders the HTML',
    'for every request (the view routes behind it keep their own cache); the bare server',
    "answers the home page's bytes from memory; the static file is the portal's `/favicon.svg`",
    "(Nitro's floor per request). Hit ratio: answers with `X-Teilhabe-Cache: HIT`. Load",
    'average: the 1-minute load average after the row (other work on the machine included).',
    '',
    '| set-up | page | connections | req/s | p50 | p99 | of bare server | cache hits | failures | load average |',
    '| ------ | ---- | ----------: | ----: | --: | --: | -------------: | ---------: | -------: | -----------: |',
    ...lines,
    '',
    end,
  ].join('\n');
  writeBlock(file, 'pages', section);
};
