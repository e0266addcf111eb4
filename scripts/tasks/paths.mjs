import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute paths of the workspaces and of the task runner's own state. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CMS_DIR = path.join(ROOT, 'cms');
export const PORTAL_DIR = path.join(ROOT, 'portal');
export const PLUGIN_DIR = path.join(ROOT, 'packages', 'strapi-plugin-teilhabe');
export const GRAPHQL_DIR = path.join(ROOT, 'packages', 'graphql');
export const CACHE_DIR = path.join(ROOT, '.cache');
