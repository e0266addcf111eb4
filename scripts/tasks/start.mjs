import {
  DEMO_ADMIN_EMAIL,
  DEMO_CASEWORKER_EMAILS,
  DEMO_HOST_PORT,
  CMS_PORT,
  PORTAL_PORT,
} from './constants.mjs';
import { buildChanged } from './build.mjs';
import { changeNotificationEnv, ensureDemoEnv } from './demo-env.mjs';
import { startDemoHost } from './demo-host.mjs';
import { ensureInstalled } from './install.mjs';
import { startCms, startPortal, stopAll, waitForHttp } from './services.mjs';

/**
 * `npm start`: install what is missing, build what changed, then run the CMS
 * (demo mode, SQLite) and the portal until Ctrl-C.
 */
export const start = async () => {
  const began = Date.now();
  await ensureInstalled();
  await buildChanged();
  const demoEnv = ensureDemoEnv();
  const cmsUrl = `http://127.0.0.1:${CMS_PORT}`;
  const portalUrl = `http://127.0.0.1:${PORTAL_PORT}`;
  // Another site than the portal's (localhost vs. 127.0.0.1), as the city's website is.
  const hostUrl = `http://localhost:${DEMO_HOST_PORT}`;
  const changes = changeNotificationEnv({ portalUrl, secret: demoEnv.TEILHABE_CHANGE_SECRET });
  const cms = startCms({
    port: CMS_PORT,
    env: { ...demoEnv, ...changes.cms, TEILHABE_DEMO: 'true' },
  });
  let portal;
  let host;
  const shutdown = async () => {
    host?.close();
    await stopAll([portal, cms]);
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
  try {
    await waitForHttp(`${cmsUrl}/_health`, { child: cms, name: 'CMS' });
    portal = startPortal({
      port: PORTAL_PORT,
      cmsUrl,
      env: { ...changes.portal, NUXT_EMBED_FRAME_ANCESTORS: hostUrl },
    });
    await waitForHttp(`${portalUrl}/healthz`, { child: portal, name: 'Portal' });
    host = await startDemoHost({
      port: DEMO_HOST_PORT,
      hostOrigin: hostUrl,
      portalOrigin: portalUrl,
    });
  } catch (error) {
    await stopAll([portal, cms]);
    throw error;
  }
  const seconds = ((Date.now() - began) / 1000).toFixed(1);
  console.log(
    [
      '',
      `Teilhabe is ready after ${seconds} s (demo mode, sample content):`,
      `  Portal   ${portalUrl}/de`,
      `  Embedded ${hostUrl}/   (a page of the city's website showing the portal)`,
      `  CMS      ${cmsUrl}/admin   (GraphQL: ${cmsUrl}/graphql)`,
      `  Login    ${DEMO_ADMIN_EMAIL} / ${demoEnv.TEILHABE_DEMO_ADMIN_PASSWORD}`,
      `  Caseworkers (Sachbearbeitung), same password: ${DEMO_CASEWORKER_EMAILS.join(', ')}`,
      '  Ctrl-C stops all.',
      '',
    ].join('\n')
  );
  await new Promise((resolve) => {
    cms.once('exit', resolve);
    portal?.once('exit', resolve);
  });
  await stopAll([portal, cms]);
  process.exit(1);
};
