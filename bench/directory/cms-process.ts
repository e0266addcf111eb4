import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { CmsRun } from '../../cms/scripts/cms-process.d.cts';
import { CMS_DIR } from './paths.ts';

const cmsRequire = createRequire(path.join(CMS_DIR, 'package.json'));
const { startCmsProcess } = cmsRequire('./scripts/cms-process.cjs') as {
  startCmsProcess(env: Record<string, string>): Promise<CmsRun>;
};
const { generateSecrets } = cmsRequire('./scripts/secrets.cjs') as {
  generateSecrets(): Record<string, string>;
};

/** How long a start may take: on a database of an older index version it rebuilds the index. */
const START_TIMEOUT_MS = 600_000;

/** A CMS started as production starts it, on loopback. */
export interface RunningCms {
  url: string;
  /** Resident memory of the CMS process in MiB (Linux `/proc`). */
  memoryMiB(): number;
  stop(): Promise<void>;
}

/**
 * Starts the built CMS with `strapi start` (NODE_ENV=production, demo mode
 * off) on the given database and waits until `/_health` answers.
 * @param databaseEnv the database's environment variables
 */
export const startCms = async (databaseEnv: Record<string, string>): Promise<RunningCms> => {
  const cms = await startCmsProcess({
    ...generateSecrets(),
    ...databaseEnv,
    NODE_ENV: 'production',
    TEILHABE_DEMO: 'false',
  });
  try {
    await cms.ready(START_TIMEOUT_MS);
  } catch (error) {
    await cms.stop();
    throw error;
  }
  return {
    url: cms.url,
    memoryMiB: () => {
      const status = readFileSync(`/proc/${cms.pid}/status`, 'utf8');
      const kib = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      return Math.round(kib / 1024);
    },
    stop: async () => {
      await cms.stop();
    },
  };
};
