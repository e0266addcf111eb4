import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './chromium.mjs';
import { run } from './exec.mjs';
import { CACHE_DIR, ROOT } from './paths.mjs';
import { ensureRedis } from './redis.mjs';

/**
 * Runs Jest over the selected projects (all by default) and prints the
 * closing line `N passed, N failed`. Skipped or empty suites count as
 * failures: no test is silently left out.
 * @param {string[]} args extra Jest arguments, e.g. `--selectProjects api`
 * @returns {Promise<number>} exit code
 */
export const runTests = async (args) => {
  const selected = args.includes('--selectProjects')
    ? args[args.indexOf('--selectProjects') + 1]?.split(',')
    : undefined;
  if (!selected || selected.includes('browser')) {
    await ensureChromium();
    await ensureRedis();
  }
  mkdirSync(CACHE_DIR, { recursive: true });
  const results = path.join(CACHE_DIR, 'jest-results.json');
  rmSync(results, { force: true });
  const code = await run(
    'pnpm',
    [
      'exec',
      'jest',
      '--config',
      'jest.config.mjs',
      '--forceExit',
      '--json',
      '--outputFile',
      results,
      ...args,
    ],
    { cwd: ROOT }
  );
  if (!existsSync(results)) {
    console.log('0 passed, 1 failed');
    return code || 1;
  }
  const summary = JSON.parse(readFileSync(results, 'utf8'));
  const skipped = summary.numPendingTests + summary.numTodoTests;
  const failed = summary.numFailedTests + summary.numRuntimeErrorTestSuites;
  if (skipped > 0) {
    console.log(`${skipped} test(s) were skipped; skipping is not allowed here.`);
  }
  console.log(`${summary.numPassedTests} passed, ${failed + skipped} failed`);
  return code !== 0 || failed + skipped > 0 || summary.numPassedTests === 0 ? code || 1 : 0;
};
