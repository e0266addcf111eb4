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
    // ES modules and types in dist/, which the plugin requires at run time and the portal bundles.
    name: 'markdown',
    inputs: [
      'packages/markdown/src',
      'packages/markdown/package.json',
      'packages/markdown/tsconfig.json',
      'packages/markdown/tsconfig.build.json',
    ],
    output: 'packages/markdown/dist/index.js',
    command: ['pnpm', ['--filter', '@teilhabe/markdown', 'build']],
  },
  {
    name: 'plugin',
    inputs: [
      'packages/strapi-plugin-teilhabe/server',
      'packages/strapi-plugin-teilhabe/schemas',
      'packages/strapi-plugin-teilhabe/admin',
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
    // The admin panel bundle (slow, ~60 s): rebuilt only when its own inputs change,
    // the plugin's admin part (and the labels it shares with the server) among them.
    name: 'cms-admin',
    inputs: [
      'cms/src/admin',
      'cms/package.json',
      'cms/favicon.png',
      'packages/strapi-plugin-teilhabe/admin',
      'packages/strapi-plugin-teilhabe/server/src',
    ],
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
      'packages/markdown/src',
      'packages/markdown/package.json',
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
 * @returns {string}
 */
export const inputHash = (step) => {
  const hash = createHash('sha256');
  for (const input of step.inputs) {
    for (const file of listFiles(path.join(ROOT, input))) {
      hash.update(path.relative(ROOT, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  return hash.digest('hex');
};

const stampFile = (step) => path.join(CACHE_DIR, 'build', `${step.name}.sha256`);

/**
 * Builds every step whose inputs changed or whose output is missing; skips
 * the rest. Returns the names of the steps that ran.
 * @param {{ only?: string[], force?: boolean }} [options]
 * @returns {Promise<string[]>}
 */
export const buildChanged = async ({ only, force = false } = {}) => {
  const ran = [];
  for (const step of BUILD_STEPS) {
    if (only && !only.includes(step.name)) {
      continue;
    }
    const hash = inputHash(step);
    const stamp = stampFile(step);
    const upToDate =
      !force &&
      existsSync(path.join(ROOT, step.output)) &&
      existsSync(stamp) &&
      readFileSync(stamp, 'utf8') === hash;
    if (upToDate) {
      continue;
    }
    console.log(`› building ${step.name}`);
    const [command, args] = step.command;
    await runOrThrow(command, args, { cwd: ROOT });
    mkdirSync(path.dirname(stamp), { recursive: true });
    writeFileSync(stamp, hash);
    ran.push(step.name);
  }
  return ran;
};
