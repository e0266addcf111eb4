// Writes the public GraphQL schema of the built cms to
// packages/graphql/schema.graphql (or checks it with --check). The schema is
// the contract with the portal: it is committed so that changes show in review.
// CommonJS: Strapi's ES module build cannot be imported by Node directly.
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');
const { lexicographicSortSchema, printSchema } = require('graphql');
const { generateSecrets } = require('./secrets.cjs');

const cmsDir = path.resolve(__dirname, '..');
const target = path.resolve(cmsDir, '..', 'packages', 'graphql', 'schema.graphql');
const check = process.argv.includes('--check');
const tmp = mkdtempSync(path.join(os.tmpdir(), 'teilhabe-schema-'));
Object.assign(process.env, {
  ...generateSecrets(),
  DATABASE_CLIENT: 'sqlite',
  DATABASE_FILENAME: path.join(tmp, 'schema.db'),
  TEILHABE_DEMO: 'false',
  LOG_LEVEL: 'error',
  STRAPI_TELEMETRY_DISABLED: 'true',
});

const strapi = createStrapi({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist') });
const main = async () => {
  let exitCode = 0;
  try {
    await strapi.load();
    const schema = strapi.plugin('graphql').service('content-api').buildSchema();
    const printed = `${printSchema(lexicographicSortSchema(schema))}\n`;
    if (check) {
      const committed = readFileSync(target, 'utf8');
      if (committed !== printed) {
        console.error(
          `${path.relative(process.cwd(), target)} is out of date: run pnpm --filter @teilhabe/cms schema`
        );
        exitCode = 1;
      }
    } else {
      writeFileSync(target, printed);
      console.log(`wrote ${target}`);
    }
  } finally {
    await strapi.destroy();
    rmSync(tmp, { recursive: true, force: true });
  }
  return exitCode;
};

main().then((code) => process.exit(code));
