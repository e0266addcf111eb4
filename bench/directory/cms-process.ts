import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { CMS_DIR } from './paths.ts';

const { generateSecrets } = createRequire(path.join(CMS_DIR, 'package.json'))(
  './scripts/secrets.cjs'
) as { generateSecrets(): Record<string, string> };

/** A CMS started as production starts it, on loopback. */
export interface RunningCms {
  url: string;
  /** Resident memory of the CMS process in MiB (Linux `/proc`). */
  memoryMiB(): number;
  stop(): Promise<void>;
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

/**
 * Starts the built CMS with `strapi start` (NODE_ENV=production, demo mode
 * off) on the given database and waits until `/_health` answers.
 * @param databaseEnv the database's environment variables
 */
export const startCms = async (databaseEnv: Record<string, string>): Promise<RunningCms> => {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(CMS_DIR, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js'), 'start'],
    {
      cwd: CMS_DIR,
      env: {
        ...process.env,
        ...generateSecrets(),
        ...databaseEnv,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port),
        TEILHABE_DEMO: 'false',
        STRAPI_TELEMETRY_DISABLED: 'true',
        STRAPI_STARTUP_MESSAGE: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 600_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`The CMS exited with ${child.exitCode}:\n${output}`);
    }
    const healthy = await fetch(`${url}/_health`).then(
      (response) => response.status === 204 || response.ok,
      () => false
    );
    if (healthy) {
      break;
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The CMS did not answer within 600 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    url,
    memoryMiB: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      const kib = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      return Math.round(kib / 1024);
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
};
