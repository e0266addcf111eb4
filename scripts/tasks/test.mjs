import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { run } from './exec.mjs';
import { CACHE_DIR, ROOT } from './paths.mjs';
import { ensureRedis } from './redis.mjs';

/**
 * The Jest projects in the order they run, each with its number of worker
 * processes. Unit and API test files are independent of each other (each API
 * file boots its own Strapi on its own database), so two run at once on the
 * two cores Jest would otherwise leave one of. The browser tests share one
 * CMS and portal whose content some of them change: they run one file at a
 * time.
 */
const GROUPS = [
  { projects: ['unit', 'api'], workers: 2 },
  { projects: ['browser'], workers: 1 },
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

const runGroup = async (projects, workers, args, results) => {
  rmSync(results, { force: true });
  const code = await run(
    'pnpm',
    [
      'exec',
      'jest',
      '--config',
      'jest.config.mjs',
      '--forceExit',
      '--selectProjects',
      projects.join(','),
      '--maxWorkers',
      String(workers),
      // A path given for one group finds nothing in the other; the totals
      // below still fail a run in which no test passed at all.
      '--passWithNoTests',
      '--json',
      '--outputFile',
      results,
      ...args,
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
  for (const [index, group] of GROUPS.entries()) {
    const projects = group.projects.filter((name) => !selected || selected.includes(name));
    if (projects.length === 0) {
      continue;
    }
    const results = path.join(CACHE_DIR, `jest-results-${index + 1}.json`);
    const outcome = await runGroup(projects, group.workers, rest, results);
    totals.code ||= outcome.code;
    totals.passed += outcome.passed;
    totals.failed += outcome.failed;
    totals.skipped += outcome.skipped;
  }
  const { code, passed, failed, skipped } = totals;
  if (skipped > 0) {
    console.log(`${skipped} test(s) were skipped; skipping is not allowed here.`);
  }
  console.log(`${passed} passed, ${failed + skipped} failed`);
  return code !== 0 || failed + skipped > 0 || passed === 0 ? code || 1 : 0;
};
