import path from 'node:path';
import { cmsSecrets } from './cms-process.ts';
import { cmsRequire } from './cms-require.ts';
import { CMS_DIR } from './paths.ts';

export { cmsRequire } from './cms-require.ts';

/** The part of a Strapi instance the seeders use; the CMS's own modules take it as it is. */
export interface StrapiInstance {
  load(): Promise<unknown>;
  destroy(): Promise<void>;
}

const { createStrapi } = cmsRequire('@strapi/strapi') as {
  createStrapi(options: { appDir: string; distDir: string }): StrapiInstance;
};

/**
 * Loads the built CMS in this process (production mode, demo mode off, fresh
 * secrets) on a database, for a seeder to write through the Document Service
 * as editors do. The caller destroys it.
 * @param databaseEnv the database's environment variables
 */
export const loadStrapi = async (databaseEnv: Record<string, string>): Promise<StrapiInstance> => {
  Object.assign(process.env, {
    ...cmsSecrets(),
    ...databaseEnv,
    NODE_ENV: 'production',
    TEILHABE_DEMO: 'false',
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_STARTUP_MESSAGE: 'false',
    LOG_LEVEL: 'warn',
  });
  const strapi = createStrapi({ appDir: CMS_DIR, distDir: path.join(CMS_DIR, 'dist') });
  await strapi.load();
  return strapi;
};
