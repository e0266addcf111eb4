import { stopAll } from '../../../../scripts/tasks/services.mjs';

/** Stops the CMS, the portal and Redis started by the global setup. */
export default async function globalTeardown() {
  const servers = globalThis.__TEILHABE_SERVERS__;
  if (servers) {
    await stopAll([servers.portal, servers.cms]);
    await stopAll([servers.redis]);
  }
}
