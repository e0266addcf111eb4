// Starts the built cms with `strapi start` in a child process, as production
// would, on a free loopback port. CommonJS so that the Jest tests and the
// benchmark (Node with type stripping) share it.
const { spawn } = require('node:child_process');
const { createServer } = require('node:net');
const path = require('node:path');

const CMS_DIR = path.resolve(__dirname, '..');

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });

/**
 * @param {Record<string, string>} env database, secrets and plugin location, on top of this process's environment
 * @returns {Promise<import('./cms-process.d.cts').CmsRun>}
 */
const startCmsProcess = async (env) => {
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
  const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    pid: child.pid ?? 0,
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

module.exports = { startCmsProcess, freePort };
