import { buildChanged } from './build.mjs';
import { run } from './exec.mjs';
import { ensureInstalled } from './install.mjs';
import { ROOT } from './paths.mjs';
import { start } from './start.mjs';
import { runTests } from './test.mjs';
import { dev } from './dev.mjs';

const [command, ...args] = process.argv.slice(2);

const tasks = {
  start,
  dev,
  async build() {
    await ensureInstalled();
    await buildChanged({ force: args.includes('--force') });
    return 0;
  },
  async test() {
    await ensureInstalled();
    await buildChanged();
    return runTests(args);
  },
  async lint() {
    await ensureInstalled();
    const eslint = await run('pnpm', ['exec', 'eslint', '.', '--max-warnings', '0', ...args], {
      cwd: ROOT,
    });
    const prettier = await run(
      'pnpm',
      ['exec', 'prettier', '--check', '--log-level', 'warn', '.'],
      {
        cwd: ROOT,
      }
    );
    return eslint || prettier;
  },
  async typecheck() {
    await ensureInstalled();
    await buildChanged({ only: ['locales', 'markdown', 'forms', 'plugin', 'graphql'] });
    return run('pnpm', ['-r', '--workspace-concurrency', '1', 'typecheck'], { cwd: ROOT });
  },
  async format() {
    await ensureInstalled();
    return run('pnpm', ['exec', 'prettier', '--write', '.'], { cwd: ROOT });
  },
};

const task = tasks[command];
if (!task) {
  console.error(`Unknown task "${command}". Known: ${Object.keys(tasks).join(', ')}`);
  process.exit(2);
}
try {
  const code = await task();
  process.exitCode = typeof code === 'number' ? code : 0;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
