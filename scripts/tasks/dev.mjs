import { buildChanged } from './build.mjs';
import { PORTAL_PORT } from './constants.mjs';
import { changeNotificationEnv, ensureDemoEnv } from './demo-env.mjs';
import { run } from './exec.mjs';
import { ensureInstalled } from './install.mjs';
import { ROOT } from './paths.mjs';

/**
 * `pnpm dev`: CMS (`strapi develop`, demo mode) and portal (`nuxt dev`) with
 * reload. The plugin is rebuilt on change by `strapi-plugin watch`, the
 * locales and Markdown packages by `tsc --watch`.
 */
export const dev = async () => {
  await ensureInstalled();
  await buildChanged({ only: ['locales', 'markdown', 'forms', 'plugin', 'graphql'] });
  const demoEnv = ensureDemoEnv();
  const changes = changeNotificationEnv({
    portalUrl: `http://127.0.0.1:${PORTAL_PORT}`,
    secret: demoEnv.TEILHABE_CHANGE_SECRET,
  });
  return run(
    'pnpm',
    [
      '--parallel',
      '--filter',
      '@teilhabe/locales',
      '--filter',
      '@teilhabe/markdown',
      '--filter',
      'strapi-plugin-teilhabe',
      '--filter',
      '@teilhabe/cms',
      '--filter',
      '@teilhabe/portal',
      'run',
      '/^(watch|dev)$/',
    ],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        ...demoEnv,
        ...changes.cms,
        ...changes.portal,
        TEILHABE_DEMO: 'true',
        HOST: '127.0.0.1',
        NUXT_CMS_GRAPHQL_URL: 'http://127.0.0.1:1337/graphql',
        GRAPHQL_ARTIFACTS: 'true',
        GRAPHQL_SCHEMA_FILE: `${ROOT}/packages/graphql/schema.graphql`,
      },
    }
  );
};
