/**
 * Seeds one benchmark database: `node directory/seed.ts <sqlite|postgres> <offers>`.
 * Boots the built CMS (no demo mode) on the database, then writes the demo
 * directory's reference data and `<offers>` synthetic offers in seven locales
 * through the same Document Service path the demo seed and editors use (in
 * transactions of 250 offers), and builds the search index once at the end. Run by `run.ts` in its own
 * process, so that each database gets a fresh Strapi.
 */
import type { DirectoryDemo } from '../../cms/src/demo/directory/types';
import { benchDatabase, type Client } from './databases.ts';
import { CMS_DIR } from '../shared/paths.ts';
import { cmsRequire, loadStrapi, type StrapiInstance } from '../shared/strapi-in-process.ts';
import { BENCH_LOCALES, syntheticOffers } from './synthetic-offers.ts';

const { demoDataDir, loadDemoContent } = cmsRequire('./dist/src/demo/load.js') as {
  demoDataDir(appRoot: string): string;
  loadDemoContent(dataDir: string): { directory: DirectoryDemo };
};
const { seedDirectory } = cmsRequire('./dist/src/demo/seed-directory.js') as {
  seedDirectory(
    strapi: StrapiInstance,
    demo: DirectoryDemo,
    options: { offersPerTransaction: number }
  ): Promise<boolean>;
};

const OFFERS_PER_TRANSACTION = 250;

const [clientArg, offersArg] = process.argv.slice(2);
const offers = Number(offersArg);
if ((clientArg !== 'sqlite' && clientArg !== 'postgres') || !Number.isInteger(offers)) {
  console.error('usage: node directory/seed.ts <sqlite|postgres> <offers>');
  process.exit(2);
}

const database = benchDatabase(clientArg as Client, offers);
await database.reset();

const started = performance.now();
const strapi = await loadStrapi(database.env);
const DIRECTORY_DEMO = loadDemoContent(demoDataDir(CMS_DIR)).directory;
const demo: DirectoryDemo = {
  ...DIRECTORY_DEMO,
  offers: syntheticOffers(
    DIRECTORY_DEMO.offers,
    {
      providers: DIRECTORY_DEMO.providers.map((provider) => provider.key),
      locations: DIRECTORY_DEMO.locations.map((location) => location.key),
      contacts: DIRECTORY_DEMO.contacts.map((contact) => contact.key),
    },
    offers
  ),
};
// Batches keep memory flat; the index is still built once at the end.
await seedDirectory(strapi, demo, { offersPerTransaction: OFFERS_PER_TRANSACTION });
await strapi.destroy();
const seconds = Math.round((performance.now() - started) / 100) / 10;
database.markSeeded({
  offers,
  locales: BENCH_LOCALES.length,
  seconds,
  seededAt: new Date().toISOString(),
});
console.log(
  `Seeded ${clientArg} with ${offers} offers × ${BENCH_LOCALES.length} locales in ${seconds} s.`
);
process.exit(0);
