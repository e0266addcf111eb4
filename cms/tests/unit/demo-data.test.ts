import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { LOCALE_CODES } from '@teilhabe/locales';
import { DemoDataError } from '../../src/demo/data-files';
import { demoDataDir, loadDemoContent } from '../../src/demo/load';
import { seedDemo } from '../../src/demo/seed';

const DATA_DIR = demoDataDir(path.resolve(__dirname, '..', '..'));

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'teilhabe-demo-data-'));
  cpSync(DATA_DIR, dir, { recursive: true });
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Rewrites one file of the copy. */
const edit = (file: string, change: (source: string) => string) => {
  const full = path.join(dir, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
};

const problemsOf = (): string[] => {
  try {
    loadDemoContent(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(DemoDataError);
    return (error as DemoDataError).issues.map(
      (issue) => `${issue.file} ${issue.path}: ${issue.message}`
    );
  }
  throw new Error('the data loaded');
};

test('the demo data loads: texts in every locale, German first, each translation marked', () => {
  const content = loadDemoContent(DATA_DIR);
  expect(content.pages.map((page) => page.role).sort()).toEqual([
    'accessibility',
    'easy_language',
    'imprint',
    'privacy',
  ]);
  expect(content.lifeSituations).toHaveLength(6);
  expect(content.directory.offers.length).toBeGreaterThan(40);
  for (const offer of content.directory.offers) {
    expect(Object.keys(offer.texts)[0]).toBe('de');
  }
  for (const statuses of [
    content.siteSetting.translationStatus,
    content.directory.translationStatus,
    ...content.pages.map((page) => page.translationStatus),
  ]) {
    expect(statuses).toEqual(
      Object.fromEntries(
        LOCALE_CODES.map((locale) => [locale, locale === 'de' ? 'source' : 'demo_translation'])
      )
    );
  }
});

test('a value of the wrong shape is reported with its file and path', () => {
  edit('directory/offers.yaml', (source) =>
    source.replace('startDate: 2026-12-07', 'startDate: 7.12.2026')
  );
  expect(problemsOf()).toEqual([
    'directory/offers.yaml offers[0].languageCourse.startDate: use a date such as "2026-03-01"',
  ]);
});

test('a file that is not YAML is reported with its line', () => {
  edit('editorial/pages.ar.yaml', (source) => source.replace('pages:', 'pages: ['));
  const [problem, ...others] = problemsOf();
  expect(others).toEqual([]);
  expect(problem).toMatch(/^editorial\/pages\.ar\.yaml : not valid YAML: .*line \d+/s);
});

test('a translation cannot add structure, and cannot use a key twice', () => {
  edit('directory/offers.tr.yaml', (source) =>
    source.replace(/\n {4}title: /, '\n    category: childcare\n    title: ')
  );
  edit('editorial/life-situations.uk.yaml', (source) =>
    source.replace(
      'lifeSituations:\n',
      'lifeSituations:\n  learn-german:\n    title: x\n    teaser: y\n'
    )
  );
  const problems = problemsOf();
  expect(problems).toHaveLength(2);
  expect(problems[0]).toMatch(
    /^directory\/offers\.tr\.yaml offers\.[a-z0-9-]+: Unrecognized key: "category"$/
  );
  expect(problems[1]).toMatch(
    /^editorial\/life-situations\.uk\.yaml : not valid YAML: Map keys must be unique/
  );
});

test('unknown keys, missing texts and broken references are reported', () => {
  edit('directory/offers.ar.yaml', (source) =>
    source.replace(
      'integrationskurs-frauen-kinderbetreuung-kernstadt:',
      'integrationskurs-frauen-kinderbetreung-kernstadt:'
    )
  );
  edit('editorial/pages.ru.yaml', (source) =>
    source.replace(/\n {2}impressum:\n(?: {4}.*\n| *\n)*/, '\n')
  );
  edit('directory/offers.yaml', (source) =>
    source.replace('provider: vhs-ostkreis', 'provider: vhs-west')
  );
  expect(problemsOf()).toEqual([
    'directory/offers.ar.yaml offers.integrationskurs-frauen-kinderbetreung-kernstadt: "integrationskurs-frauen-kinderbetreung-kernstadt" is not in directory/offers.yaml',
    'directory/offers.yaml offers[0].provider: "vhs-west" is not in directory/providers.yaml',
    'editorial/pages.ru.yaml pages.impressum: the text for "impressum" is missing',
  ]);
});

test('a translation is not marked as the source', () => {
  edit('editorial/site-setting.fa.yaml', (source) =>
    source.replace('translationStatus: demo_translation', 'translationStatus: source')
  );
  expect(problemsOf()).toEqual([
    'editorial/site-setting.fa.yaml translationStatus: a translation is "demo_translation" or, once reviewed, "reviewed_translation"',
  ]);
});

test('a broken file stops the seed before anything is written', async () => {
  edit('directory/contacts.yaml', (source) =>
    source.replace(/email: \S+/, 'email: not-an-address')
  );
  const written: string[] = [];
  const strapi = {
    dirs: { app: { root: '/nowhere' } },
    store: () => ({ get: async () => null, set: async () => written.push('store') }),
    documents: (uid: string) => {
      written.push(uid);
      return {};
    },
    service: (uid: string) => {
      written.push(uid);
      return {};
    },
    db: { transaction: () => written.push('transaction') },
    plugin: () => ({ service: () => ({ suspendWhile: () => written.push('index') }) }),
    log: { info: () => undefined },
  } as unknown as Core.Strapi;
  await expect(seedDemo(strapi, dir)).rejects.toThrow(
    /directory\/contacts\.yaml at contacts\[0\]\.email: /
  );
  expect(written).toEqual([]);
});
