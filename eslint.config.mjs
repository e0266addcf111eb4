// One flat config for the whole monorepo. The Nuxt preset brings TypeScript
// and Vue rules; Prettier owns formatting.
import { createConfigForNuxt } from '@nuxt/eslint-config/flat';
import prettier from 'eslint-config-prettier';
import jsonc from 'eslint-plugin-jsonc';

export default createConfigForNuxt({
  features: { typescript: true, stylistic: false },
  dirs: { root: ['portal', 'portal/app'], src: ['portal/app'] },
})
  .prepend({
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.output/**',
      '**/.nuxt/**',
      '**/.tmp/**',
      '**/.cache/**',
      '.toolchain/**',
      'packages/graphql/src/generated/**',
      'cms/types/generated/**',
      'cms/.strapi/**',
      'pnpm-lock.yaml',
    ],
  })
  .append(
    {
      name: 'teilhabe/rules',
      rules: {
        curly: ['error', 'all'],
        'no-console': 'error',
        '@typescript-eslint/no-unused-vars': [
          'error',
          { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
        ],
      },
    },
    {
      name: 'teilhabe/cross-workspace-imports',
      files: ['portal/**/*.{ts,vue}'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: ['**/cms/**', '**/packages/**'],
                message: 'Import shared code through its package (e.g. @teilhabe/graphql).',
              },
            ],
          },
        ],
      },
    },
    {
      name: 'teilhabe/command-line',
      files: [
        'scripts/**/*.mjs',
        'cms/scripts/**',
        'cms/tests/migration/*.mjs',
        'bench/**',
        'portal/tests/browser/support/*.mjs',
      ],
      rules: { 'no-console': 'off' },
    },
    {
      name: 'teilhabe/commonjs-scripts',
      files: ['**/*.cjs'],
      languageOptions: {
        sourceType: 'commonjs',
        globals: {
          require: 'readonly',
          __dirname: 'readonly',
          module: 'writable',
          process: 'readonly',
        },
      },
      rules: { '@typescript-eslint/no-require-imports': 'off' },
    },
    ...jsonc.configs['flat/recommended-with-json'].map((config) => ({
      ...config,
      files: ['portal/i18n/locales/*.json'],
    })),
    {
      name: 'teilhabe/locale-keys-sorted',
      files: ['portal/i18n/locales/*.json'],
      rules: { 'jsonc/sort-keys': ['error', 'asc', { caseSensitive: true, natural: false }] },
    },
    prettier
  );
