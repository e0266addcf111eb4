import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runOrThrow } from './exec.mjs';
import { CACHE_DIR, ROOT } from './paths.mjs';

/**
 * Folders that may sit inside an input folder without being inputs: tool
 * state, and unit tests next to the code (no build compiles them).
 */
const NOT_INPUTS = new Set(['node_modules', '.cache', '.tmp', 'coverage', '__tests__']);

const PLUGIN = 'packages/strapi-plugin-teilhabe';

/**
 * The build steps in dependency order. Each step lists its inputs (files or
 * folders relative to the root), the folders it writes and the file its
 * output must contain. A step reads what earlier steps write (the portal
 * reads the generated types, so a schema change reaches it through codegen);
 * what the step itself or a later step writes is left out of its inputs, or
 * every build would make it stale again.
 */
export const BUILD_STEPS = [
  {
    // The locale list and the city's time zone: ES modules and types in dist/,
    // which the plugin and the cms require at run time and the portal bundles.
    name: 'locales',
    inputs: [
      'packages/locales/src',
      'packages/locales/package.json',
      'packages/locales/tsconfig.json',
      'packages/locales/tsconfig.build.json',
      'tsconfig.base.json',
    ],
    writes: ['packages/locales/dist'],
    output: 'packages/locales/dist/index.js',
    command: ['pnpm', ['--filter', '@teilhabe/locales', 'build']],
  },
  {
    // ES modules and types in dist/, which the plugin requires at run time and the portal bundles.
    name: 'markdown',
    inputs: [
      'packages/markdown/src',
      'packages/markdown/package.json',
      'packages/markdown/tsconfig.json',
      'packages/markdown/tsconfig.build.json',
      'tsconfig.base.json',
    ],
    writes: ['packages/markdown/dist'],
    output: 'packages/markdown/dist/index.js',
    command: ['pnpm', ['--filter', '@teilhabe/markdown', 'build']],
  },
  {
    // The form definition and its validation, shared by the plugin and the portal.
    name: 'forms',
    inputs: [
      'packages/forms/src',
      'packages/forms/package.json',
      'packages/forms/tsconfig.json',
      'packages/forms/tsconfig.build.json',
      'tsconfig.base.json',
      'packages/locales/dist',
    ],
    writes: ['packages/forms/dist'],
    output: 'packages/forms/dist/index.js',
    command: ['pnpm', ['--filter', '@teilhabe/forms', 'build']],
  },
  {
    name: 'plugin',
    inputs: [
      `${PLUGIN}/server`,
      `${PLUGIN}/schemas`,
      `${PLUGIN}/admin`,
      `${PLUGIN}/package.json`,
      'tsconfig.base.json',
      // Compiled against their types, required from there at run time.
      'packages/locales/dist',
      'packages/markdown/dist',
      'packages/forms/dist',
    ],
    writes: [`${PLUGIN}/dist`],
    output: `${PLUGIN}/dist/server/index.js`,
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
    writes: ['packages/graphql/src/generated'],
    output: 'packages/graphql/src/generated/graphql.ts',
    command: ['pnpm', ['--filter', '@teilhabe/graphql', 'codegen']],
  },
  {
    // The admin panel bundle (slow, ~60 s): rebuilt only when its own inputs
    // change. Besides cms/src/admin it reads the admin settings (path, URLs,
    // cookie, enabled plugins) and the plugin's admin part through the
    // `./strapi-admin` export in its package.json: the built dist/admin,
    // which the plugin step makes from admin/ and the labels it shares with
    // the server, so a change to server code alone leaves the bundle be.
    // (`strapi build` compiles the server code too; the next step owns that.)
    name: 'cms-admin',
    inputs: [
      'cms/src/admin',
      'cms/config/admin.ts',
      'cms/config/server.ts',
      'cms/config/plugins.ts',
      'cms/config/features.ts',
      'cms/package.json',
      'cms/favicon.png',
      `${PLUGIN}/package.json`,
      `${PLUGIN}/dist/admin`,
      // The plugin's admin bundle imports the locale list; this bundle takes it in.
      'packages/locales/dist',
    ],
    writes: ['cms/dist'],
    output: 'cms/dist/build/index.html',
    command: ['pnpm', ['--filter', '@teilhabe/cms', 'build']],
  },
  {
    // The cms's own server code. It compiles against the plugin's zod schemas
    // (the `./schemas` export, built into dist/schemas); the rest of the
    // plugin Strapi loads from its dist at start through the workspace link.
    name: 'cms',
    inputs: [
      'cms/config',
      'cms/src',
      'cms/types',
      'cms/package.json',
      'cms/tsconfig.json',
      'tsconfig.base.json',
      `${PLUGIN}/dist/schemas`,
      'packages/locales/dist',
    ],
    writes: ['cms/dist'],
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
      'packages/graphql/package.json',
      'packages/locales/dist',
      'packages/locales/package.json',
      'packages/markdown/dist',
      'packages/markdown/package.json',
      'packages/forms/dist',
      'packages/forms/package.json',
    ],
    writes: ['portal/.output', 'portal/.nuxt'],
    output: 'portal/.output/server/index.mjs',
    command: ['pnpm', ['--filter', '@teilhabe/portal', 'build']],
  },
];

const listFiles = (full, skipped) => {
  if (!existsSync(full) || skipped.some((folder) => isInside(full, folder))) {
    return [];
  }
  if (!statSync(full).isDirectory()) {
    return [full];
  }
  return readdirSync(full, { withFileTypes: true })
    .filter((entry) => !NOT_INPUTS.has(entry.name))
    .flatMap((entry) => listFiles(path.join(full, entry.name), skipped))
    .sort();
};

const isInside = (full, folder) => full === folder || full.startsWith(`${folder}${path.sep}`);

/**
 * Content hash of a step's inputs (paths and bytes), so a rebuild happens
 * exactly when something it reads has changed. Leaves out what the step and
 * the steps after it write.
 * @param {{ name: string, inputs: string[], writes: string[] }} step
 * @param {{ root?: string, steps?: typeof BUILD_STEPS }} [options] the folder
 *   the paths are relative to, and the steps in build order
 * @returns {string}
 */
export const inputHash = (step, { root = ROOT, steps = BUILD_STEPS } = {}) => {
  const position = steps.findIndex((candidate) => candidate.name === step.name);
  const skipped = [step, ...(position < 0 ? [] : steps.slice(position + 1))]
    .flatMap((written) => written.writes)
    .map((folder) => path.join(root, folder));
  const hash = createHash('sha256');
  for (const input of step.inputs) {
    for (const file of listFiles(path.join(root, input), skipped)) {
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
    const hash = inputHash(step, { root, steps });
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
