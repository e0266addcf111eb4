import { spawn } from 'node:child_process';
import path from 'node:path';
import { cmsRequire } from './cms-require.ts';
import { PORTAL_DIR } from './paths.ts';

const { freePort } = cmsRequire('./scripts/cms-process.cjs') as { freePort(): Promise<number> };

const START_TIMEOUT_MS = 60_000;

/** The built portal (Nitro node server) on loopback. */
export interface RunningPortal {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the built portal (`portal/.output`) in production mode against a
 * CMS, behind a reverse proxy as production runs it: `NUXT_TRUSTED_PROXIES=loopback`,
 * so the first `X-Forwarded-For` entry is the resident's address that it
 * passes on to the CMS for rate limiting. Waits until `/healthz` answers.
 * @param cmsUrl the CMS base URL
 * @param env further settings, e.g. `REDIS_URL` or `NUXT_PAGE_CACHE_ENABLED`
 */
export const startPortal = async (
  cmsUrl: string,
  env: Record<string, string> = {}
): Promise<RunningPortal> => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(PORTAL_DIR, '.output', 'server', 'index.mjs')], {
    cwd: PORTAL_DIR,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NITRO_HOST: '127.0.0.1',
      NITRO_PORT: String(port),
      NUXT_CMS_URL: cmsUrl,
      NUXT_CMS_GRAPHQL_URL: `${cmsUrl}/graphql`,
      NUXT_PUBLIC_I18N_BASE_URL: url,
      NUXT_TRUSTED_PROXIES: 'loopback',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
    }
    await exited;
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The portal exited with ${child.exitCode}:\n${output}`);
    }
    try {
      if ((await fetch(`${url}/healthz`)).ok) {
        return { url, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`The portal was not ready after ${START_TIMEOUT_MS} ms:\n${output}`);
};
