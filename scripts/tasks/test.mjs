import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ensureChromium } from './chromium.mjs';
import { run } from './exec.mjs';
import { CACHE_DIR, ROOT } from './paths.mjs';
import { ensureRedis } from './redis.mjs';

/**
 * The Jest projects in the order they run, each in its own Jest run with its
 * number of worker processes. Unit and API test files are independent of
 * each other (each API file boots its own Strapi on its own database), so two
 * run at once on the two cores Jest would otherwise leave one of. The browser
 * tests share one CMS and portal whose content some of them change: they run
 * one file at a time.
 */
const GROUPS = [
  { project: 'unit', workers: 2 },
  { project: 'api', workers: 2 },
  { project: 'browser', workers: 1 },
];

/**
 * Splits `--selectProjects a,b` off the Jest arguments.
 * @param {string[]} args the arguments given to `npm test --`
 * @returns {{ selected: string[] | undefined, rest: string[] }}
 */
export const splitSelection = (args) => {
  const at = args.indexOf('--selectProjects');
  if (at === -1) {
    return { selected: undefined, rest: args };
  }
  return {
    selected: args[at + 1]?.split(','),
    rest: [...args.slice(0, at), ...args.slice(at + 2)],
  };
};

/**
 * The arguments of one project's Jest run: the project goes before a `--`
 * (after it, Jest reads only paths), and a run given paths may find nothing
 * in this project. A full run may not: an empty project fails it.
 * @param {string} project the Jest project
 * @param {string[]} rest the other arguments given to `npm test --`
 * @returns {string[]}
 */
export const projectArgs = (project, rest) => {
  const select = ['--selectProjects', project, ...(rest.length > 0 ? ['--passWithNoTests'] : [])];
  const at = rest.indexOf('--');
  return at === -1 ? [...rest, ...select] : [...rest.slice(0, at), ...select, ...rest.slice(at)];
};

/**
 * The failed tests of one Jest summary, one line each with the first line of
 * the reason, so the closing lines of a long log name them: CI shows only the
 * tail of what a run printed.
 * @param {{ testResults: Array<{ name: string, status: string, message?: string, assertionResults: Array<{ status: string, fullName: string, failureMessages?: string[] }> }> }} summary Jest's `--json` output
 * @param {string} root the repository root, cut off the file names
 * @returns {string[]}
 */
export const failureLines = (summary, root) =>
  summary.testResults.flatMap((file) => {
    const name = path.relative(root, file.name);
    const failed = file.assertionResults.filter((result) => result.status === 'failed');
    const firstLine = (text) =>
      // Jest's messages carry terminal colours.
      stripVTControlCharacters(text ?? '')
        .split('\n')
        .map((line) => line.trim())
        .find((line) => line.length > 0 && !line.startsWith('●')) ?? '';
    if (failed.length === 0) {
      // A file that failed outside its tests (a syntax error, a hook).
      return file.status === 'failed' ? [`${name}: ${firstLine(file.message).slice(0, 300)}`] : [];
    }
    return failed.map(
      (result) =>
        `${name} › ${result.fullName}: ${firstLine(result.failureMessages?.[0]).slice(0, 300)}`
    );
  });

const runGroup = async (project, workers, rest, results) => {
  rmSync(results, { force: true });
  const code = await run(
    'pnpm',
    [
      'exec',
      'jest',
      '--config',
      'jest.config.mjs',
      '--forceExit',
      '--maxWorkers',
      String(workers),
      '--json',
      '--outputFile',
      results,
      ...projectArgs(project, rest),
    ],
    { cwd: ROOT }
  );
  if (!existsSync(results)) {
    return {
      code: code || 1,
      passed: 0,
      failed: 1,
      skipped: 0,
      failures: [`${project}: Jest wrote no results`],
    };
  }
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  return {
    code,
    failures: failureLines(summary, ROOT).map((line) => `${project}: ${line}`),
    passed: summary.numPassedTests,
    failed: summary.numFailedTests + summary.numRuntimeErrorTestSuites,
    skipped: summary.numPendingTests + summary.numTodoTests,
  };
};

/**
 * Runs Jest over the selected projects (all by default), group by group, and
 * prints the closing line `N passed, N failed`. Skipped or empty suites count
 * as failures: no test is silently left out.
 * @param {string[]} args extra Jest arguments, e.g. `--selectProjects api`
 * @returns {Promise<number>} exit code
 */
export const runTests = async (args) => {
  const { selected, rest } = splitSelection(args);
  if (!selected || selected.includes('browser')) {
    await ensureChromium();
    await ensureRedis();
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  const totals = { code: 0, passed: 0, failed: 0, skipped: 0, failures: [] };
  for (const { project, workers } of GROUPS) {
    if (selected && !selected.includes(project)) {
      continue;
    }
    const results = path.join(CACHE_DIR, `jest-results-${project}.json`);
    const outcome = await runGroup(project, workers, rest, results);
    totals.code ||= outcome.code;
    totals.passed += outcome.passed;
    // A full run in which a project passed nothing has lost that project.
    totals.failed += outcome.failed + (rest.length === 0 && outcome.passed === 0 ? 1 : 0);
    totals.skipped += outcome.skipped;
    totals.failures.push(...outcome.failures);
  }
  const { code, passed, failed, skipped, failures } = totals;
  if (failures.length > 0) {
    // `FAILED ` starts each line: .ci/run prints them once more at its end.
    console.log(failures.map((line) => `FAILED ${line}`).join('\n'));
  }
  if (skipped > 0) {
    console.log(`${skipped} test(s) were skipped; skipping is not allowed here.`);
  }
  console.log(`${passed} passed, ${failed + skipped} failed`);
  return code !== 0 || failed + skipped > 0 || passed === 0 ? code || 1 : 0;
};
