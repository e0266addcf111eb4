/**
 * Seeds one benchmark database: `node directory/seed.ts <sqlite|postgres> <offers>`.
 * Boots the built CMS (no demo mode) on the database, then writes the demo
 * directory's reference data and `<offers>` synthetic offers in seven locales
 * through the same Document Service path the demo seed and editors use (in
 * transactions of 250 offers), and builds the search index once at the end. Run by `run.ts` in its own
 * process, so that each database gets a fresh Strapi.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DirectoryDemo } from '../../cms/src/demo/directory/types';
import { benchDatabase, type Client } from './databases.ts';
import { CMS_DIR } from '../shared/paths.ts';
import { BENCH_LOCALES, syntheticOffers } from './synthetic-offers.ts';

interface StrapiInstance {
  load(): Promise<unknown>;
  destroy(): Promise<void>;
}

const cmsRequire = createRequire(path.join(CMS_DIR, 'package.json'));
const { createStrapi } = cmsRequire('@strapi/strapi') as {
  createStrapi(options: { appDir: string; distDir: string }): StrapiInstance;
};
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
const { generateSecrets } = cmsRequire('./scripts/secrets.cjs') as {
  generateSecrets(): Record<string, string>;
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
Object.assign(process.env, {
  ...generateSecrets(),
  ...database.env,
  NODE_ENV: 'production',
  TEILHABE_DEMO: 'false',
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_STARTUP_MESSAGE: 'false',
  LOG_LEVEL: 'warn',
});

const started = performance.now();
const strapi = createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') });
await strapi.load();
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
