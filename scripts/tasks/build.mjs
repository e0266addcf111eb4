import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runOrThrow } from './exec.mjs';
import { CACHE_DIR, ROOT } from './paths.mjs';

const IGNORED = new Set([
  'node_modules',
  'dist',
  '.output',
  '.nuxt',
  '.tmp',
  '.cache',
  'generated',
  'coverage',
]);

/**
 * The build steps in dependency order. Each step lists its inputs (files or
 * folders relative to the root) and the file its output must contain.
 */
export const BUILD_STEPS = [
  {
    name: 'plugin',
    inputs: [
      'packages/strapi-plugin-teilhabe/server',
      'packages/strapi-plugin-teilhabe/package.json',
    ],
    output: 'packages/strapi-plugin-teilhabe/dist/server/index.js',
    command: ['pnpm', ['--filter', 'strapi-plugin-teilhabe', 'build']],
  },
  {
    name: 'graphql',
    inputs: [
      'packages/graphql/schema.graphql',
      'packages/graphql/operations',
      'packages/graphql/fragments',
      'packages/graphql/codegen.ts',
      'packages/graphql/package.json',
    ],
    output: 'packages/graphql/src/generated/graphql.ts',
    command: ['pnpm', ['--filter', '@teilhabe/graphql', 'codegen']],
  },
  {
    // The admin panel bundle (slow, ~60 s): rebuilt only when its own inputs change.
    name: 'cms-admin',
    inputs: ['cms/src/admin', 'cms/package.json', 'cms/favicon.png'],
    output: 'cms/dist/build/index.html',
    command: ['pnpm', ['--filter', '@teilhabe/cms', 'build']],
  },
  {
    name: 'cms',
    inputs: ['cms/config', 'cms/src', 'cms/package.json', 'cms/tsconfig.json'],
    output: 'cms/dist/src/index.js',
    command: ['pnpm', ['--filter', '@teilhabe/cms', 'compile']],
  },
  {
    name: 'portal',
    inputs: [
      'portal/app',
      'portal/server',
      'portal/shared',
      'portal/i18n',
      'portal/public',
      'portal/nuxt.config.ts',
      'portal/package.json',
      'packages/graphql/src',
      'packages/graphql/operations',
      'packages/graphql/fragments',
    ],
    output: 'portal/.output/server/index.mjs',
    command: ['pnpm', ['--filter', '@teilhabe/portal', 'build']],
  },
];

const listFiles = (full) => {
  if (!existsSync(full)) {
    return [];
  }
  if (!statSync(full).isDirectory()) {
    return [full];
  }
  return readdirSync(full, { withFileTypes: true })
    .filter((entry) => !IGNORED.has(entry.name))
    .flatMap((entry) => listFiles(path.join(full, entry.name)))
    .sort();
};

/**
 * Content hash of a step's inputs (paths and bytes), so a rebuild happens
 * exactly when something it reads has changed.
 * @param {{ inputs: string[] }} step
 * @param {{ root?: string }} [options] the folder the paths are relative to
 * @returns {string}
 */
export const inputHash = (step, { root = ROOT } = {}) => {
  const hash = createHash('sha256');
  for (const input of step.inputs) {
    for (const file of listFiles(path.join(root, input))) {
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
};

/** @param {{ command: [string, string[]] }} step @param {string} root */
const runCommand = async (step, root) => {
  const [command, args] = step.command;
  await runOrThrow(command, args, { cwd: root });
};

/**
 * Builds every step whose inputs changed or whose output is missing; skips
 * the rest. Returns the names of the steps that ran.
 * @param {{
 *   only?: string[],
 *   force?: boolean,
 *   root?: string,
 *   cacheDir?: string,
 *   steps?: typeof BUILD_STEPS,
 *   execute?: (step: (typeof BUILD_STEPS)[number], root: string) => Promise<void>,
 * }} [options] `root`, `cacheDir`, `steps` and `execute` default to this
 *   repository, its `.cache/` and its steps (tests pass a folder of their own)
 * @returns {Promise<string[]>}
 */
export const buildChanged = async ({
  only,
  force = false,
  root = ROOT,
  cacheDir = CACHE_DIR,
  steps = BUILD_STEPS,
  execute = runCommand,
} = {}) => {
  const ran = [];
  for (const step of steps) {
    if (only && !only.includes(step.name)) {
      continue;
    }
    const hash = inputHash(step, { root });
    const stamp = path.join(cacheDir, 'build', `${step.name}.sha256`);
    const upToDate =
      !force &&
      existsSync(path.join(root, step.output)) &&
      existsSync(stamp) &&
      readFileSync(stamp, 'utf8') === hash;
    if (upToDate) {
      continue;
    }
    console.log(`› building ${step.name}`);
    await execute(step, root);
    mkdirSync(path.dirname(stamp), { recursive: true });
    writeFileSync(stamp, hash);
    ran.push(step.name);
  }
  return ran;
};
