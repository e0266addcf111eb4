import { randomBytes } from 'node:crypto';
import { mkdtempSync, openSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// Free ports, so that several runs can share a machine.
import { freePort } from '../../../../cms/scripts/cms-process.cjs';
import {
  changeNotificationEnv,
  generateChangeSecret,
  generateSecrets,
} from '../../../../scripts/tasks/demo-env.mjs';
import { DEMO_ADMIN_EMAIL } from '../../../../scripts/tasks/constants.mjs';
import { startRedis } from '../../../../scripts/tasks/redis.mjs';
import { startCms, startPortal, waitForHttp } from '../../../../scripts/tasks/services.mjs';

/**
 * Starts the built CMS in demo mode on a fresh SQLite file and the built
 * portal against it, once for all browser tests; the CMS tells the portal
 * about changes as in `npm start`. The portal keeps its cache in a Redis of
 * its own (further instances in the tests share it) and keeps pages for an
 * hour: every change must reach it through the purge. Their output goes to log files in a
 * temporary folder, printed on failure. The demo admin's password is passed
 * on to the tests, which edit content through the admin API.
 */
export default async function globalSetup() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'teilhabe-browser-'));
  const CMS_PORT = await freePort();
  const PORTAL_PORT = await freePort();
  const cmsUrl = `http://127.0.0.1:${CMS_PORT}`;
  const portalUrl = `http://127.0.0.1:${PORTAL_PORT}`;
  const cmsLog = openSync(path.join(dir, 'cms.log'), 'a');
  const portalLog = openSync(path.join(dir, 'portal.log'), 'a');
  const adminPassword = `Test-${randomBytes(9).toString('base64url')}`;
  const changes = changeNotificationEnv({ portalUrl, secret: generateChangeSecret() });
  const REDIS_PORT = await freePort();
  const redisUrl = `redis://127.0.0.1:${REDIS_PORT}/0`;
  const redis = await startRedis({ port: REDIS_PORT });
  // Every portal instance of the run: one shared cache, pages kept until purged.
  const portalCacheEnv = { REDIS_URL: redisUrl, NUXT_PAGE_CACHE_MAX_AGE: '3600' };
  const cms = startCms({
    port: CMS_PORT,
    stdio: ['ignore', cmsLog, cmsLog],
    env: {
      ...generateSecrets(),
      ...changes.cms,
      TEILHABE_DEMO: 'true',
      TEILHABE_DEMO_ADMIN_PASSWORD: adminPassword,
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dir, 'cms.db'),
      // Every browser test sends from 127.0.0.1: one address for the whole run.
      TEILHABE_FORMS_RATE_LIMIT: '1000',
      // Every admin test logs in as the demo admin from the same address.
      ADMIN_LOGIN_RATE_LIMIT: '1000',
    },
  });
  const portal = startPortal({
    port: PORTAL_PORT,
    cmsUrl,
    stdio: ['ignore', portalLog, portalLog],
    env: { ...changes.portal, ...portalCacheEnv },
  });
  globalThis.__TEILHABE_SERVERS__ = { cms, portal, redis, dir };
  try {
    await waitForHttp(`${cmsUrl}/_health`, { child: cms, name: 'CMS', timeoutMs: 180_000 });
    await waitForHttp(`${portalUrl}/healthz`, { child: portal, name: 'Portal', timeoutMs: 60_000 });
  } catch (error) {
    throw new Error(`${error.message}; logs in ${dir}`, { cause: error });
  }
  process.env.CMS_URL = cmsUrl;
  process.env.PORTAL_URL = portalUrl;
  process.env.TEILHABE_BROWSER_LOGS = dir;
  process.env.TEILHABE_PORTAL_ENV = JSON.stringify({ ...changes.portal, ...portalCacheEnv });
  process.env.TEILHABE_DEMO_ADMIN_EMAIL = DEMO_ADMIN_EMAIL;
  process.env.TEILHABE_DEMO_ADMIN_PASSWORD = adminPassword;
}
