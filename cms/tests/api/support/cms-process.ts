import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { generateSecrets } from '../../../scripts/secrets.cjs';
import { CMS_DIR } from './test-strapi';

/** The outcome of a `strapi start` child process. */
export interface CmsRun {
  /** Exit code, or `undefined` while it is still running. */
  exitCode(): number | null;
  output(): string;
  url: string;
  stop(): Promise<number | null>;
  /** Resolves when `/_health` answers, rejects when the process exits first. */
  ready(timeoutMs?: number): Promise<void>;
  exited(): Promise<number | null>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/** Secrets shared by all starts of one test, as a deployment would keep them. */
export const testSecrets = generateSecrets;

/**
 * Starts the built cms with `strapi start` in a child process, as production
 * would, with the given environment on top of the test's.
 * @param env database, secrets and plugin location
 */
export const startCmsProcess = async (env: Record<string, string>): Promise<CmsRun> => {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'],
    {
      cwd: CMS_DIR,
      env: {
        ...process.env,
        HOST: '127.0.0.1',
        PORT: String(port),
        STRAPI_TELEMETRY_DISABLED: 'true',
        LOG_LEVEL: 'warn',
        STRAPI_STARTUP_MESSAGE: 'false',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code))
  );
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    exitCode: () => child.exitCode,
    output: () => output,
    exited: () => exited,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
      }
      return exited;
    },
    ready: async (timeoutMs = 120_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (child.exitCode !== null) {
          throw new Error(`cms exited with ${child.exitCode}:\n${output}`);
        }
        try {
          const response = await fetch(`${url}/_health`);
          if (response.ok) {
            return;
          }
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      throw new Error(`cms not ready after ${timeoutMs} ms:\n${output}`);
    },
  };
};
