import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { seedDemo } from '../../src/demo/seed';
import { dumpPluginContent } from './support/content-dump';
import { startTestStrapi, type TestStrapi } from './support/test-strapi';

/**
 * The demo seed writes exactly the content in `snapshots/demo-content.json`:
 * every document of the plugin's content types in every locale, draft and
 * published, with its relations. A change to the demo data or the seeder
 * shows up here as a diff of that file. After an intended change, rewrite it
 * with `TEILHABE_UPDATE_DEMO_SNAPSHOT=1 npm test -- --selectProjects api
 * -t 'demo seed'` and review the diff.
 */
const SNAPSHOT = path.join(__dirname, 'snapshots', 'demo-content.json');

let cms: TestStrapi;

beforeAll(async () => {
  cms = await startTestStrapi();
  await seedDemo(cms.strapi);
});

afterAll(async () => {
  await cms?.stop();
});

test('the demo seed writes the content of the snapshot', async () => {
  const dump = await dumpPluginContent(cms.strapi);
  if (process.env.TEILHABE_UPDATE_DEMO_SNAPSHOT === '1') {
    writeFileSync(SNAPSHOT, `${JSON.stringify(dump, null, 2)}\n`);
  }
  expect(dump).toEqual(JSON.parse(readFileSync(SNAPSHOT, 'utf8')));
});
