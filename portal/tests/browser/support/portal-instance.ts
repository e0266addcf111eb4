import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { cmsOrigin } from './browser';

/** A port nothing listens on right now, so that several runs can share a machine. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

const PORTAL_SERVER = path.resolve(__dirname, '..', '..', '..', '.output', 'server', 'index.mjs');

/** One more instance of the built portal, beside the one the global setup started. */
export interface PortalInstance {
  origin: string;
  stop(): Promise<void>;
}

/**
 * Starts another portal instance on a free port against the same CMS, with
 * the settings of the global setup's portal (its Redis, its change secret,
 * its page lifetime), as a second process behind a load balancer would run.
 * Its output goes to the run's log folder.
 * @param name for the log file, e.g. `portal-b`
 * @param env further settings of this instance, e.g. who may frame its embed views; a
 *   function of the instance's origin where a setting names it (its public origin)
 * @returns the instance once `/healthz` answers
 */
export async function startPortalInstance(
  name: string,
  env: Record<string, string> | ((origin: string) => Record<string, string>) = {}
): Promise<PortalInstance> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const logs = process.env.TEILHABE_BROWSER_LOGS ?? '/tmp';
  const log = openSync(path.join(logs, `${name}.log`), 'a');
  const shared = JSON.parse(process.env.TEILHABE_PORTAL_ENV ?? '{}') as Record<string, string>;
  const child: ChildProcess = spawn(process.execPath, [PORTAL_SERVER], {
    cwd: path.dirname(PORTAL_SERVER),
    stdio: ['ignore', log, log],
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NITRO_HOST: '127.0.0.1',
      NITRO_PORT: String(port),
      NUXT_CMS_URL: cmsOrigin(),
      NUXT_CMS_GRAPHQL_URL: `${cmsOrigin()}/graphql`,
      // The same public origin as the first instance: behind one proxy, one site.
      NUXT_PUBLIC_I18N_BASE_URL: process.env.PORTAL_URL ?? origin,
      NUXT_PREVIEW_FRAME_ANCESTORS: cmsOrigin(),
      ...shared,
      ...(typeof env === 'function' ? env(origin) : env),
    },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
    }
    await exited;
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`${name} exited with ${child.exitCode}; log in ${logs}/${name}.log`);
    }
    try {
      if ((await fetch(`${origin}/healthz`)).ok) {
        return { origin, stop };
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`${name} was not ready within 60 s; log in ${logs}/${name}.log`);
}
