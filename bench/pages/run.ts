/**
 * The page benchmark: `pnpm --filter @teilhabe/bench pages [options]`.
 *
 * Starts the built CMS in demo mode (SQLite in `bench/.data/`, seeded on the
 * first run), then, one after the other, a bare `node:http` server answering
 * the home page's bytes, and the built portal three times: without its page
 * cache (every page rendered; the view routes' caches stay as they are),
 * with the page cache in memory, and with it in Redis (a `redis-server` of
 * its own). Each page (home, directory, a filtered directory, an offer) is
 * loaded with autocannon after a warm-up. Results go to
 * `bench/.data/pages-results.json` and into `docs/benchmarks.md`.
 *
 * Options: --seconds 10  --warm-up 3  --connections 10
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { commandLineArgs } from '../shared/cli.ts';
import { cmsRequire } from '../shared/cms-require.ts';
import { loadAverage, machineInfo } from '../shared/machine.ts';
import { BENCHMARKS_DOC, DATA_DIR } from '../shared/paths.ts';
import { startDemoCms } from '../shared/demo-cms.ts';
import { startPortal } from '../shared/portal-process.ts';
import { startBareServer } from './bare-server.ts';
import { loadPage } from './load.ts';
import { renderPagesReport, type PageRow } from './report.ts';

const { freePort } = cmsRequire('./scripts/cms-process.cjs') as {
  freePort(): Promise<number>;
};

const { values: options } = parseArgs({
  args: commandLineArgs(),
  options: {
    seconds: { type: 'string', default: '10' },
    'warm-up': { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
  },
});
const seconds = Number(options.seconds);
const warmUp = Number(options['warm-up']);
const connections = Number(options.connections);

const pings = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => resolve(false));
  });

const startRedis = async (port: number): Promise<ChildProcess> => {
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' }
  );
  for (let attempt = 0; attempt < 100 && !(await pings(port)); attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return child;
};

const measure = async (mode: string, baseUrl: string, pages: Record<string, string>) => {
  const rows: PageRow[] = [];
  for (const [page, pagePath] of Object.entries(pages)) {
    await loadPage(`${baseUrl}${pagePath}`, connections, warmUp);
    const load = await loadPage(`${baseUrl}${pagePath}`, connections, seconds);
    rows.push({ mode, page, path: pagePath, connections, loadAverage: loadAverage(), ...load });
    console.log(`${mode} ${page}: ${load.requestsPerSecond} req/s, p99 ${load.p99Ms} ms`);
  }
  return rows;
};

const cms = await startDemoCms('pages');
const rows: PageRow[] = [];
try {
  await cms.ready(600_000);
  const probe = await startPortal(cms.url);
  const directory = await (await fetch(`${probe.url}/de/angebote`)).text();
  const home = await (await fetch(`${probe.url}/de`)).text();
  await probe.stop();
  const offer = /href="(\/de\/angebote\/[a-z0-9-]+)"/.exec(directory)?.[1];
  if (!offer) {
    throw new Error('no offer link on the directory page');
  }
  const pages = {
    home: '/de',
    directory: '/de/angebote',
    'filtered directory': '/de/angebote?category=language-course&level=A1',
    offer,
  };

  const bare = await startBareServer(await freePort(), home);
  rows.push(...(await measure('bare node:http', bare.url, { 'home (same bytes)': '/' })));
  await bare.stop();

  const uncached = await startPortal(cms.url, { NUXT_PAGE_CACHE_ENABLED: 'false' });
  rows.push(...(await measure('portal, no page cache', uncached.url, pages)));
  await uncached.stop();

  const memory = await startPortal(cms.url);
  // Nitro's own floor: a static file, no page code at all.
  rows.push(...(await measure('portal, static file', memory.url, { favicon: '/favicon.svg' })));
  rows.push(...(await measure('portal, page cache in memory', memory.url, pages)));
  await memory.stop();

  const redisPort = await freePort();
  const redis = await startRedis(redisPort);
  const shared = await startPortal(cms.url, { REDIS_URL: `redis://127.0.0.1:${redisPort}/0` });
  rows.push(...(await measure('portal, page cache in Redis', shared.url, pages)));
  await shared.stop();
  redis.kill('SIGTERM');
} finally {
  await cms.stop();
}

const machine = await machineInfo();
writeFileSync(
  path.join(DATA_DIR, 'pages-results.json'),
  JSON.stringify({ machine, rows }, null, 2)
);
renderPagesReport(BENCHMARKS_DOC, {
  machine,
  rows,
  command: `pnpm --filter @teilhabe/bench pages -- --seconds ${seconds} --warm-up ${warmUp} --connections ${connections}`,
});
console.log('written to docs/benchmarks.md');
