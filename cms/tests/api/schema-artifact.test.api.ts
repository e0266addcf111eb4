import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { CMS_DIR } from './support/test-strapi';

/**
 * (#2) The committed `packages/graphql/schema.graphql` is the contract the
 * portal's types are generated from: it must equal what the cms serves.
 */
test('the committed GraphQL schema matches the built cms', () => {
  expect(() =>
    execFileSync(
      process.execPath,
      [path.join(CMS_DIR, 'scripts', 'export-graphql-schema.cjs'), '--check'],
      {
        cwd: CMS_DIR,
        stdio: 'pipe',
        env: { ...process.env, DATABASE_CLIENT: 'sqlite' },
      }
    )
  ).not.toThrow();
});
