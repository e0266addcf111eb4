import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { runOrThrow } from './exec.mjs';

export const REDIS_SERVER_PATH = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

/**
 * Makes sure Debian's `redis-server` is there for the browser tests (several
 * portal instances share their cache through it): installs it as root,
 * otherwise fails with a clear message. Nothing is left running: each test
 * run starts its own server (see {@link startRedis}).
 */
export const ensureRedis = async () => {
  if (existsSync(REDIS_SERVER_PATH)) {
    return;
  }
  if (process.getuid?.() !== 0) {
    throw new Error(
      `redis-server is missing at ${REDIS_SERVER_PATH}. Install it with ` +
        '`sudo apt-get install -y redis-server` or set REDIS_SERVER_PATH.'
    );
  }
  console.log('› installing redis-server (apt-get)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  await runOrThrow('apt-get', ['update', '-qq'], { env });
  await runOrThrow('apt-get', ['install', '-y', '-qq', 'redis-server'], { env });
};

/** @returns whether a Redis on the port answers PING */
const pings = (port) =>
  new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
    socket.setTimeout(1_000, () => socket.destroy());
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });

/**
 * Starts a throw-away Redis on loopback: no persistence, bounded memory with
 * LRU eviction (as the deployment guide configures it), and waits for PING.
 * @param {{ port: number, stdio?: import('node:child_process').StdioOptions }} options
 * @returns {Promise<import('node:child_process').ChildProcess>} the server; stop it with `stopAll`
 */
export const startRedis = async ({ port, stdio = 'ignore' }) => {
  const child = spawn(
    REDIS_SERVER_PATH,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory',
      '256mb',
      '--maxmemory-policy',
      'allkeys-lru',
    ],
    { stdio }
  );
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`redis-server exited with code ${child.exitCode}`);
    }
    if (await pings(port)) {
      return child;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not answer on port ${port} within 15 s`);
};
