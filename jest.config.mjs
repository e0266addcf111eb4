/**
 * One Jest run, one project per kind of test. The file suffix chooses the
 * project: `*.test.ts` (unit), `*.test.api.ts` (CMS API against a real
 * Strapi), `*.browser.test.ts` (real Chromium against built CMS and portal).
 */
const swc = [
  '@swc/jest',
  {
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  },
];

/**
 * ES-module-only packages (@teilhabe/markdown's micromark/unified family,
 * @teilhabe/forms's canonicalize, the plugin's file-type with its tokenizers) that
 * Jest must compile to CommonJS: without `--experimental-vm-modules`, Jest's
 * module loader cannot `require()` ES modules, even on Node 24. Everything
 * else in node_modules is loaded as it is. pnpm keeps a package at
 * `node_modules/.pnpm/<name>@<version>/node_modules/<name>/`, so the pattern
 * skips the `.pnpm` segment and looks at the package's own name.
 */
const ESM_PACKAGES = [
  '@borewit/text-codec',
  '@tokenizer/',
  '@ungap/structured-clone',
  'canonicalize',
  'ccount',
  'character-entities',
  'comma-separated-tokens',
  'decode-named-character-reference',
  'devlop',
  'escape-string-regexp',
  'file-type',
  'github-slugger',
  'hast-util-',
  'html-void-elements',
  'mdast-util-',
  'micromark',
  'property-information',
  'space-separated-tokens',
  'stringify-entities',
  'strtok3',
  'token-types',
  'trim-lines',
  'uint8array-extras',
  'unist-util-',
  'vfile',
  'zwitch',
];

const base = {
  transform: { '^.+\\.(t|m?j)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!\\.pnpm/|${ESM_PACKAGES.join('|')})`],
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json'],
};

/** @type {import('jest').Config} */
export default {
  projects: [
    {
      ...base,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/packages/**/__tests__/**/*.test.ts',
        '<rootDir>/cms/tests/unit/**/*.test.ts',
        '<rootDir>/portal/tests/unit/**/*.test.ts',
        '<rootDir>/scripts/tests/**/*.test.ts',
      ],
      testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.output/'],
    },
    {
      ...base,
      displayName: 'api',
      testMatch: ['<rootDir>/cms/tests/api/**/*.test.api.ts'],
      // `*.postgres.test.api.ts` needs several processes on one database: PostgreSQL only.
      testPathIgnorePatterns:
        process.env.DATABASE_CLIENT === 'postgres'
          ? ['/node_modules/']
          : ['/node_modules/', '\\.postgres\\.test\\.api\\.ts$'],
      setupFilesAfterEnv: ['<rootDir>/cms/tests/api/support/jest-setup.ts'],
    },
    {
      ...base,
      displayName: 'browser',
      testMatch: ['<rootDir>/portal/tests/browser/**/*.browser.test.ts'],
      globalSetup: '<rootDir>/portal/tests/browser/support/global-setup.mjs',
      globalTeardown: '<rootDir>/portal/tests/browser/support/global-teardown.mjs',
      setupFilesAfterEnv: ['<rootDir>/portal/tests/browser/support/jest-setup.ts'],
    },
  ],
};
