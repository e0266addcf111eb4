import { readFileSync } from 'node:fs';
import type { CmsRun } from '../../cms/scripts/cms-process.d.cts';
import { cmsRequire } from './cms-require.ts';

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
  /** Process id of the CMS (the `strapi start` process itself). */
  pid: number;
  /** Resident memory of the CMS process in MiB (Linux `/proc`). */
  memoryMiB(): number;
  stop(): Promise<void>;
  /** Ends the process with SIGKILL, as a crash would, and waits for it to be gone. */
  kill(): Promise<void>;
}

/** Fresh Strapi and forms secrets; pass the same ones again to restart on the same data. */
export const cmsSecrets = (): Record<string, string> => generateSecrets();

/**
 * Starts the built CMS with `strapi start` (NODE_ENV=production, demo mode
 * off) on the given database and waits until `/_health` answers.
 * @param databaseEnv the database's environment variables
 * @param env secrets (fresh ones when not given) and further settings
 */
export const startCms = async (
  databaseEnv: Record<string, string>,
  env: Record<string, string> = cmsSecrets()
): Promise<RunningCms> => {
  const cms = await startCmsProcess({
    ...env,
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
    pid: cms.pid,
    memoryMiB: () => {
      const status = readFileSync(`/proc/${cms.pid}/status`, 'utf8');
      const kib = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      return Math.round(kib / 1024);
    },
    stop: async () => {
      await cms.stop();
    },
    kill: async () => {
      try {
        process.kill(cms.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      await cms.exited();
    },
  };
};
