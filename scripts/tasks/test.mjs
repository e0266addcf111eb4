import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
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
    return { code: code || 1, passed: 0, failed: 1, skipped: 0 };
  }
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  return {
    code,
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
  const totals = { code: 0, passed: 0, failed: 0, skipped: 0 };
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
  }
  const { code, passed, failed, skipped } = totals;
  if (skipped > 0) {
    console.log(`${skipped} test(s) were skipped; skipping is not allowed here.`);
  }
  console.log(`${passed} passed, ${failed + skipped} failed`);
  return code !== 0 || failed + skipped > 0 || passed === 0 ? code || 1 : 0;
};
