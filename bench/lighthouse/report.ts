import type { MachineInfo } from '../shared/machine.ts';
import { blockMarkers, writeBlock } from '../shared/report-block.ts';
import type { PageAudit } from './audit.ts';

/** One audited page of the portal in one locale. */
export interface LighthouseRow extends PageAudit {
  page: string;
  path: string;
}

/** The goals of issue 11 for every listed page. */
export const GOALS = { performance: 0.95, accessibility: 1, bestPractices: 1, seo: 1 } as const;

const score = (value: number | null, goal: number) =>
  value === null ? '–' : `${value.toFixed(2)}${value < goal ? ' ✗' : ''}`;

/**
 * Writes the Lighthouse block of `docs/benchmarks.md`: the median run per page
 * (by performance score), with ✗ where a score is below its goal.
 * @param file the benchmarks document
 * @param run the machine, the rows, the number of runs per page and the command
 */
export const renderLighthouseReport = (
  file: string,
  run: {
    machine: MachineInfo;
    lighthouse: string;
    chromium: string;
    runs: number;
    rows: LighthouseRow[];
    command: string;
  }
): void => {
  const { start, end } = blockMarkers('lighthouse');
  const lines = run.rows.map(
    (row) =>
      `| ${row.page} | \`${row.path}\` | ${score(row.performance, GOALS.performance)} | ${score(row.accessibility, GOALS.accessibility)} | ${score(row.bestPractices, GOALS.bestPractices)} | ${score(row.seo, GOALS.seo)} | ${row.firstContentfulPaintMs ?? '–'} ms | ${row.largestContentfulPaintMs ?? '–'} ms | ${row.totalBlockingTimeMs ?? '–'} ms | ${row.cumulativeLayoutShift ?? '–'} | ${row.failedAudits.join(', ') || '–'} |`
  );
  const missed = run.rows.filter(
    (row) =>
      (row.performance ?? 0) < GOALS.performance ||
      (row.accessibility ?? 0) < GOALS.accessibility ||
      (row.bestPractices ?? 0) < GOALS.bestPractices ||
      (row.seo ?? 0) < GOALS.seo
  );
  const { machine } = run;
  const section = [
    start,
    '',
    `Command: \`${run.command}\` (outside CI; \`npm run build\` first).`,
    `Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGiB} GiB, Node ${machine.node}; Lighthouse ${run.lighthouse}, ${run.chromium}; CMS (demo mode, SQLite), portal and Chromium share the cores on loopback.`,
    '',
    "Lighthouse's mobile defaults (simulated slow 4G, 4× CPU slowdown), the portal with its",
    `page cache, each page warmed once; the median of ${run.runs} runs per page by performance score.`,
    'Goals: performance ≥ 0.95, accessibility, best practices and SEO 1; ✗ marks a score below its goal.',
    '',
    '| page | path | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | failed audits (not performance) |',
    '| ---- | ---- | ----------: | ------------: | -------------: | --: | --: | --: | --: | --: | ------------------------------- |',
    ...lines,
    '',
    missed.length === 0
      ? 'Every page reaches every goal.'
      : `Goal not reached on ${missed.length} of ${run.rows.length} pages: ${missed.map((row) => row.path).join(', ')}.`,
    '',
    end,
  ].join('\n');
  writeBlock(file, 'lighthouse', section);
};
