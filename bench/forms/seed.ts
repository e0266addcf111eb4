/**
 * Prepares the forms benchmark's database: `node forms/seed.ts <sqlite|postgres>`.
 * Empties it, boots the built CMS (no demo mode) on it and writes the five
 * demo forms as the demo seed does: each created as a draft and published,
 * which checks it and freezes its first version. Run by `run.ts` and
 * `crash.ts` in their own process, so that each run starts on a fresh
 * database and a fresh Strapi.
 */
import { scratchDatabase, type Client } from '../shared/databases.ts';
import { CMS_DIR } from '../shared/paths.ts';
import { cmsRequire, loadStrapi, type StrapiInstance } from '../shared/strapi-in-process.ts';
import { FORMS_DATABASE } from './workload.ts';

const { demoDataDir } = cmsRequire('./dist/src/demo/load.js') as {
  demoDataDir(appRoot: string): string;
};
/** A checked demo form (`cms/src/demo/forms-data.ts`), passed on to the seed as it is. */
type DemoForm = object;

const { demoFormsDir, loadDemoForms } = cmsRequire('./dist/src/demo/forms-data.js') as {
  demoFormsDir(dataDir: string): string;
  loadDemoForms(dir: string): DemoForm[];
};
const { seedForms } = cmsRequire('./dist/src/demo/seed-forms.js') as {
  seedForms(strapi: StrapiInstance, forms: DemoForm[]): Promise<void>;
};

const [clientArg] = process.argv.slice(2);
if (clientArg !== 'sqlite' && clientArg !== 'postgres') {
  console.error('usage: node forms/seed.ts <sqlite|postgres>');
  process.exit(2);
}

const database = scratchDatabase(clientArg as Client, FORMS_DATABASE);
await database.reset();
const strapi = await loadStrapi(database.env);
const forms = loadDemoForms(demoFormsDir(demoDataDir(CMS_DIR)));
await seedForms(strapi, forms);
await strapi.destroy();
console.log(`Seeded ${clientArg} with the ${forms.length} demo forms.`);
process.exit(0);
