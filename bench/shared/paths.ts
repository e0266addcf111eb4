import path from 'node:path';

/** Folders the benchmarks read from and write to. */
export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const CMS_DIR = path.join(ROOT, 'cms');
export const PORTAL_DIR = path.join(ROOT, 'portal');
export const GRAPHQL_DIR = path.join(ROOT, 'packages', 'graphql');
/** Seeded databases and raw results; not committed. */
export const DATA_DIR = path.join(ROOT, 'bench', '.data');
export const BENCHMARKS_DOC = path.join(ROOT, 'docs', 'benchmarks.md');
