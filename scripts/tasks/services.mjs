import { spawn } from 'node:child_process';
import path from 'node:path';
import { CMS_DIR, PORTAL_DIR } from './paths.mjs';

/**
 * Polls a URL until it answers with a 2xx status.
 * @param {string} url
 * @param {{ timeoutMs?: number, child?: import('node:child_process').ChildProcess, name?: string }} [options]
 */
export const waitForHttp = async (url, { timeoutMs = 120_000, child, name = url } = {}) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new Error(`${name} exited with code ${child.exitCode} before it was ready`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) {
        return;
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} was not ready within ${timeoutMs / 1000} s (${url})`);
};

/**
 * Starts the built CMS (`strapi start`) as a child process, in production
 * mode (demo mode included): a demo is what a city first puts on a server, so
 * it must reveal no more than production (no stack traces, no introspection).
 * @param {{ port: number, env?: Record<string, string>, stdio?: import('node:child_process').StdioOptions }} options
 */
export const startCms = ({ port, env = {}, stdio = 'inherit' }) =>
  spawn(
    process.execPath,
    [path.join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'],
    {
      cwd: CMS_DIR,
      stdio,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        STRAPI_TELEMETRY_DISABLED: 'true',
        STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
        BROWSER: 'none',
        NODE_ENV: 'production',
        ...env,
      },
    }
  );

/**
 * Starts the built portal (Nitro node server) as a child process.
 * @param {{ port: number, cmsUrl: string, env?: Record<string, string>, stdio?: import('node:child_process').StdioOptions }} options
 */
export const startPortal = ({ port, cmsUrl, env = {}, stdio = 'inherit' }) =>
  spawn(process.execPath, [path.join(PORTAL_DIR, '.output', 'server', 'index.mjs')], {
    cwd: PORTAL_DIR,
    stdio,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      NITRO_HOST: '127.0.0.1',
      NITRO_PORT: String(port),
      NUXT_CMS_URL: cmsUrl,
      NUXT_CMS_GRAPHQL_URL: `${cmsUrl}/graphql`,
      // Absolute hreflang alternates; production sets the public origin instead.
      NUXT_PUBLIC_I18N_BASE_URL: `http://127.0.0.1:${port}`,
      // The admin shows form previews in a frame.
      NUXT_PREVIEW_FRAME_ANCESTORS: new URL(cmsUrl).origin,
      ...env,
    },
  });

/**
 * Stops child processes and waits for them to exit.
 * @param {Array<import('node:child_process').ChildProcess | undefined>} children
 */
export const stopAll = async (children) => {
  await Promise.all(
    children
      .filter((child) => child && child.exitCode === null && child.signalCode === null)
      .map(
        (child) =>
          new Promise((resolve) => {
            const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(timer);
              resolve(undefined);
            });
            child.kill('SIGTERM');
          })
      )
  );
};
