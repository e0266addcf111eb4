import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { runOrThrow } from './exec.mjs';
import { ROOT } from './paths.mjs';

const MANIFESTS = [
  'pnpm-lock.yaml',
  'pnpm-workspace.yaml',
  'package.json',
  'cms/package.json',
  'portal/package.json',
  'packages/strapi-plugin-teilhabe/package.json',
  'packages/graphql/package.json',
];
const STAMP = path.join(ROOT, 'node_modules', '.teilhabe-install');

const manifestHash = () => {
  const hash = createHash('sha256');
  for (const file of MANIFESTS) {
    const full = path.join(ROOT, file);
    hash.update(file).update(existsSync(full) ? readFileSync(full) : '');
  }
  return hash.digest('hex');
};

/**
 * Installs dependencies with the committed lockfile when any manifest changed
 * since the last install. A second run with unchanged manifests does nothing.
 */
export const ensureInstalled = async () => {
  const expected = manifestHash();
  if (existsSync(STAMP) && readFileSync(STAMP, 'utf8') === expected) {
    return;
  }
  console.log('› installing dependencies (pnpm install --frozen-lockfile)');
  await runOrThrow('pnpm', ['install', '--frozen-lockfile'], { cwd: ROOT });
  mkdirSync(path.dirname(STAMP), { recursive: true });
  writeFileSync(STAMP, manifestHash());
};
