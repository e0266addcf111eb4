import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startCmsProcess, testSecrets } from './support/cms-process';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { CMS_DIR } from './support/test-strapi';

/**
 * (#2) A missing plugin build must stop the cms before the schema sync, which
 * would otherwise drop the plugin's tables. The plugin is copied next to the
 * cms (so its imports resolve) and loaded from there, so the shared build is
 * never touched.
 */
const PLUGIN_DIR = path.resolve(CMS_DIR, '..', 'packages', 'strapi-plugin-teilhabe');

const CONTENT_QUERY = `{
  teilhabePages(locale: "de", sort: ["slug:asc"]) { documentId slug title }
  teilhabeLifeSituations(locale: "ar", sort: ["position:asc"]) { documentId code title }
  teilhabeSiteSetting(locale: "fa") { documentId cityName }
}`;

const readContent = async (url: string) => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: CONTENT_QUERY }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
};

let database: TestDatabase;
let pluginCopy: string;
let workDir: string;

beforeAll(async () => {
  database = await createTestDatabase();
  mkdirSync(path.join(CMS_DIR, '.tmp'), { recursive: true });
  workDir = mkdtempSync(path.join(CMS_DIR, '.tmp', 'plugin-guard-'));
  pluginCopy = path.join(workDir, 'strapi-plugin-teilhabe');
  cpSync(path.join(PLUGIN_DIR, 'package.json'), path.join(pluginCopy, 'package.json'));
  cpSync(path.join(PLUGIN_DIR, 'dist'), path.join(pluginCopy, 'dist'), { recursive: true });
});

afterAll(async () => {
  rmSync(workDir, { recursive: true, force: true });
  await database?.drop();
});

test('(#2) refuses to start without the plugin build and keeps every row', async () => {
  const env = { ...testSecrets(), ...database.env, TEILHABE_PLUGIN_PATH: pluginCopy };

  const first = await startCmsProcess({ ...env, TEILHABE_DEMO: 'true' });
  await first.ready();
  const before = await readContent(first.url);
  await first.stop();
  expect((before?.teilhabePages as unknown[]).length).toBeGreaterThanOrEqual(4);
  expect((before?.teilhabeLifeSituations as unknown[]).length).toBe(6);

  const hidden = path.join(workDir, 'dist-away');
  renameSync(path.join(pluginCopy, 'dist'), hidden);
  const second = await startCmsProcess({ ...env, TEILHABE_DEMO: 'false' });
  const code = await Promise.race([
    second.exited(),
    new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 90_000)),
  ]);
  if (code === 'timeout') {
    await second.stop();
  }
  expect(code).not.toBe('timeout');
  expect(code).not.toBe(0);
  expect(second.output()).toMatch(/"teilhabe" plugin did not load.*Refusing to start/s);

  renameSync(hidden, path.join(pluginCopy, 'dist'));
  const third = await startCmsProcess({ ...env, TEILHABE_DEMO: 'false' });
  await third.ready();
  const after = await readContent(third.url);
  await third.stop();
  expect(after).toEqual(before);
});
