import { createRequire } from 'node:module';
import path from 'node:path';
import { CMS_DIR } from './paths.ts';

/** Loads a module of the built CMS (`cms/dist/…`, `cms/scripts/…`) or one of its dependencies. */
export const cmsRequire = createRequire(path.join(CMS_DIR, 'package.json'));
