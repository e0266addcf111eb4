import { generateSecrets } from '../../../scripts/secrets.cjs';

/** `strapi start` in a child process; shared with the benchmark. */
export { startCmsProcess, type CmsRun } from '../../../scripts/cms-process.cjs';

/** Secrets shared by all starts of one test, as a deployment would keep them. */
export const testSecrets = generateSecrets;
