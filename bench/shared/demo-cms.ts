import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CmsRun } from '../../cms/scripts/cms-process.d.cts';
import { cmsRequire } from './cms-require.ts';
import { DATA_DIR } from './paths.ts';

const { startCmsProcess } = cmsRequire('./scripts/cms-process.cjs') as {
  startCmsProcess(env: Record<string, string>): Promise<CmsRun>;
};
const { generateSecrets } = cmsRequire('./scripts/secrets.cjs') as {
  generateSecrets(): Record<string, string>;
};

/**
 * Starts the built CMS in demo mode, as production starts it, on a SQLite
 * file of its own in `bench/.data/` (seeded on the first run). The secrets
 * are kept beside it: a later run opens the same data, forms keys included.
 * @param name the benchmark's name, e.g. `pages`: `<name>-demo.db` and `<name>-secrets.json`
 * @returns the started process; call `ready()` before using it
 */
export const startDemoCms = async (name: string): Promise<CmsRun> => {
  mkdirSync(DATA_DIR, { recursive: true });
  const secretsFile = path.join(DATA_DIR, `${name}-secrets.json`);
  const secrets: Record<string, string> = existsSync(secretsFile)
    ? JSON.parse(readFileSync(secretsFile, 'utf8'))
    : generateSecrets();
  writeFileSync(secretsFile, JSON.stringify(secrets));
  return startCmsProcess({
    ...secrets,
    NODE_ENV: 'production',
    TEILHABE_DEMO: 'true',
    TEILHABE_DEMO_ADMIN_PASSWORD: secrets.TEILHABE_DEMO_ADMIN_PASSWORD ?? 'Bench-Demo-2026',
    DATABASE_CLIENT: 'sqlite',
    DATABASE_FILENAME: path.join(DATA_DIR, `${name}-demo.db`),
  });
};
