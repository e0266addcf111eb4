import { spawn } from 'node:child_process';
import path from 'node:path';
import { freePort } from '../../../scripts/cms-process.cjs';
import { generateSecrets } from '../../../scripts/secrets.cjs';
import { CMS_DIR } from './test-strapi';

const SERVICES = path.resolve(CMS_DIR, '..', 'scripts', 'tasks', 'services.mjs');

/** A CMS started in demo mode exactly as `npm start` starts it. */
export interface DemoCms {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

// Runs as an ES module in its own Node process: the task runner is ESM, Jest here is not.
const LAUNCHER = `
const { startCms } = await import(process.env.TEILHABE_SERVICES);
const cms = startCms({ port: Number(process.env.TEILHABE_PORT), env: JSON.parse(process.env.TEILHABE_CMS_ENV) });
const stop = () => cms.kill('SIGTERM');
process.on('SIGTERM', stop);
cms.once('exit', (code) => process.exit(code ?? 0));
`;

/**
 * Starts the built CMS through the task runner's `startCms` (the function
 * `npm start` uses) in demo mode, on a fresh SQLite file and a free port, and
 * waits until it answers `/_health`.
 * @param databaseFile the SQLite file to create
 */
export const startDemoCms = async (databaseFile: string): Promise<DemoCms> => {
  const port = await freePort();
  const env = { ...process.env };
  // Jest's own NODE_ENV=test must not leak into what `npm start` would run.
  delete env.NODE_ENV;
  const child = spawn(process.execPath, ['--input-type=module', '-e', LAUNCHER], {
    env: {
      ...env,
      TEILHABE_SERVICES: SERVICES,
      TEILHABE_PORT: String(port),
      TEILHABE_CMS_ENV: JSON.stringify({
        ...generateSecrets(),
        TEILHABE_DEMO: 'true',
        TEILHABE_DEMO_ADMIN_PASSWORD: `Demo-${Date.now()}-Test`,
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: databaseFile,
        LOG_LEVEL: 'warn',
        STRAPI_STARTUP_MESSAGE: 'false',
      }),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 150_000;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`the demo CMS exited with ${child.exitCode}:\n${output}`);
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`the demo CMS was not ready in time:\n${output}`);
    }
    const healthy = await fetch(`${url}/_health`).then(
      (response) => response.ok,
      () => false
    );
    if (healthy) {
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
      }
      await exited;
    },
  };
};
