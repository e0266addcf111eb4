import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILD_STEPS, buildChanged, inputHash } from '../tasks/build.mjs';

type Step = (typeof BUILD_STEPS)[number];

const PLUGIN = 'packages/strapi-plugin-teilhabe';

/** One file under each source folder the real steps read. */
const SOURCES = [
  'tsconfig.base.json',
  'packages/locales/package.json',
  'packages/locales/tsconfig.json',
  'packages/locales/tsconfig.build.json',
  'packages/locales/src/index.ts',
  'packages/markdown/package.json',
  'packages/markdown/tsconfig.json',
  'packages/markdown/tsconfig.build.json',
  'packages/markdown/src/index.ts',
  'packages/forms/package.json',
  'packages/forms/tsconfig.json',
  'packages/forms/tsconfig.build.json',
  'packages/forms/src/index.ts',
  'packages/strapi-plugin-teilhabe/package.json',
  'packages/strapi-plugin-teilhabe/server/tsconfig.json',
  'packages/strapi-plugin-teilhabe/server/src/index.ts',
  'packages/strapi-plugin-teilhabe/admin/src/index.ts',
  'packages/strapi-plugin-teilhabe/server/src/directory/schemas.ts',
  'packages/strapi-plugin-teilhabe/schemas/tsconfig.build.json',
  'packages/graphql/package.json',
  'packages/graphql/codegen.ts',
  'packages/graphql/schema.graphql',
  'packages/graphql/operations/directory/Directory.graphql',
  'packages/graphql/fragments/DirectoryOfferCard.graphql',
  'packages/graphql/src/index.ts',
  'cms/package.json',
  'cms/tsconfig.json',
  'cms/favicon.png',
  'cms/config/server.ts',
  'cms/config/database.ts',
  'cms/src/index.ts',
  'cms/src/admin/app.ts',
  'portal/package.json',
  'portal/nuxt.config.ts',
  'portal/app/app.vue',
  'portal/server/routes/healthz.get.ts',
  'portal/shared/format.ts',
  'portal/i18n/de.json',
  'portal/public/favicon.svg',
];

let root: string;
let firstRun: string[];

const write = (file: string, text: string) => {
  const full = path.join(root, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, text);
};

/**
 * Stands in for the real commands: each step writes its output from what it
 * read, so the generated types change exactly when the schema or an
 * operation does, as codegen's would.
 */
const fakeBuild = async (step: Step, at: string) => {
  const emit = (file: string, from: Pick<Step, 'name' | 'inputs' | 'writes'>) => {
    mkdirSync(path.dirname(path.join(at, file)), { recursive: true });
    writeFileSync(path.join(at, file), `${step.name} from ${inputHash(from, { root: at })}\n`);
  };
  emit(step.output, step);
  if (step.name === 'plugin') {
    // The plugin's admin bundle comes from its admin part, its `./schemas`
    // export from the zod schemas alone.
    emit(`${PLUGIN}/dist/admin/index.mjs`, {
      name: 'admin',
      inputs: [`${PLUGIN}/admin`],
      writes: [],
    });
    emit(`${PLUGIN}/dist/schemas/index.mjs`, {
      name: 'schemas',
      inputs: [`${PLUGIN}/server/src/directory/schemas.ts`, `${PLUGIN}/schemas`],
      writes: [],
    });
  }
};

const build = () => buildChanged({ root, cacheDir: path.join(root, '.cache'), execute: fakeBuild });

const isInside = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);

beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'teilhabe-build-'));
  for (const file of SOURCES) {
    write(file, `${file}\n`);
  }
  jest.spyOn(console, 'log').mockImplementation(() => undefined);
  firstRun = await build();
});

afterEach(() => {
  jest.restoreAllMocks();
  rmSync(root, { recursive: true, force: true });
});

describe('incremental build', () => {
  test('builds every step once, then nothing while nothing changes', async () => {
    expect(firstRun).toEqual(BUILD_STEPS.map((step) => step.name));
    await expect(build()).resolves.toEqual([]);
    await expect(build()).resolves.toEqual([]);
  });

  test('a change to the schema alone rebuilds the generated types and the portal', async () => {
    write('packages/graphql/schema.graphql', 'type Query { changed: Int }\n');
    await expect(build()).resolves.toEqual(['graphql', 'portal']);
    await expect(build()).resolves.toEqual([]);
  });

  test('a changed or new operation rebuilds the generated types and the portal', async () => {
    write('packages/graphql/operations/directory/Directory.graphql', 'query Directory { a }\n');
    await expect(build()).resolves.toEqual(['graphql', 'portal']);
    write('packages/graphql/operations/site/Sitemap.graphql', 'query Sitemap { a }\n');
    await expect(build()).resolves.toEqual(['graphql', 'portal']);
  });

  test('a change inside a generated output rebuilds its readers once, without a loop', async () => {
    write('packages/graphql/src/generated/graphql.ts', 'export {};\n');
    await expect(build()).resolves.toEqual(['portal']);
    await expect(build()).resolves.toEqual([]);
  });

  test('a source folder named "generated" is an input like any other', async () => {
    write('portal/app/generated/icons.ts', 'export const icons = [];\n');
    await expect(build()).resolves.toEqual(['portal']);
  });

  test('plugin sources rebuild the plugin; its package exports also the admin bundle', async () => {
    write('packages/strapi-plugin-teilhabe/server/src/index.ts', 'export default {};\n');
    await expect(build()).resolves.toEqual(['plugin']);
    write('packages/strapi-plugin-teilhabe/package.json', '{ "exports": {} }\n');
    await expect(build()).resolves.toEqual(['plugin', 'cms-admin']);
  });

  test("a change to the plugin's admin part reaches the admin bundle through its dist", async () => {
    write(`${PLUGIN}/admin/src/index.ts`, 'export default { register() {} };\n');
    await expect(build()).resolves.toEqual(['plugin', 'cms-admin']);
    await expect(build()).resolves.toEqual([]);
  });

  test("the plugin's zod schemas reach the cms, which compiles against them", async () => {
    write(`${PLUGIN}/server/src/directory/schemas.ts`, 'export const linksSchema = {};\n');
    await expect(build()).resolves.toEqual(['plugin', 'cms']);
    await expect(build()).resolves.toEqual([]);
  });

  test('the markdown package reaches the plugin and the portal through its dist', async () => {
    write('packages/markdown/src/index.ts', 'export const plainText = () => "";\n');
    await expect(build()).resolves.toEqual(['markdown', 'plugin', 'portal']);
    await expect(build()).resolves.toEqual([]);
  });

  test('the locales package reaches every reader through its dist, the admin bundle too', async () => {
    write('packages/locales/src/index.ts', 'export const LOCALE_CODES = ["de"];\n');
    await expect(build()).resolves.toEqual([
      'locales',
      'forms',
      'plugin',
      'cms-admin',
      'cms',
      'portal',
    ]);
    await expect(build()).resolves.toEqual([]);
  });

  test('the forms package reaches the plugin and the portal through its dist', async () => {
    write('packages/forms/src/index.ts', 'export const formDefinitionSchema = {};\n');
    await expect(build()).resolves.toEqual(['forms', 'plugin', 'portal']);
    await expect(build()).resolves.toEqual([]);
  });

  test('unit tests next to the plugin code rebuild nothing', async () => {
    write('packages/strapi-plugin-teilhabe/server/src/__tests__/index.test.ts', 'test();\n');
    await expect(build()).resolves.toEqual([]);
  });

  test('shared compiler options rebuild what TypeScript compiles', async () => {
    write('tsconfig.base.json', '{ "compilerOptions": { "target": "ES2024" } }\n');
    await expect(build()).resolves.toEqual([
      'locales',
      'markdown',
      'forms',
      'plugin',
      'cms-admin',
      'cms',
      'portal',
    ]);
  });

  test('a database setting rebuilds the server code, not the slow admin bundle', async () => {
    write('cms/config/database.ts', 'export default {};\n');
    await expect(build()).resolves.toEqual(['cms']);
  });

  test('a missing output is rebuilt although its inputs did not change', async () => {
    rmSync(path.join(root, 'portal/.output'), { recursive: true });
    await expect(build()).resolves.toEqual(['portal']);
  });

  test('no step reads what it or a later step writes; each output is written by its step', () => {
    BUILD_STEPS.forEach((step, index) => {
      const written = BUILD_STEPS.slice(index).flatMap((later) => later.writes);
      const loops = step.inputs.filter((input) =>
        written.some((folder) => isInside(input, folder))
      );
      expect({ step: step.name, loops }).toEqual({ step: step.name, loops: [] });
      expect(step.writes.some((folder) => isInside(step.output, folder))).toBe(true);
    });
  });
});
