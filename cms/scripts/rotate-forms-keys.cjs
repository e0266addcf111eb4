// Key rotation of the forms' sealed records: boots the built cms on its
// configured database (environment and cms/.env, or the file ENV_PATH names,
// e.g. ENV_PATH=.env.demo), wraps every record's data key anew with
// TEILHABE_FORMS_ACTIVE_KEY and prints counts per sealed value, never content.
// Exits 1 when a record could not be re-wrapped: its key must stay.
// CommonJS: Strapi's ES module build cannot be imported by Node directly.
const path = require('node:path');
const { createStrapi } = require('@strapi/strapi');

const cmsDir = path.resolve(__dirname, '..');
process.env.LOG_LEVEL ??= 'error';
process.env.STRAPI_TELEMETRY_DISABLED = 'true';

const strapi = createStrapi({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist') });

const main = async () => {
  try {
    await strapi.load();
    const tables = await strapi.plugin('teilhabe').service('forms-keys').rotate();
    const active = process.env.TEILHABE_FORMS_ACTIVE_KEY;
    console.log(`forms key rotation to "${active}"`);
    let failed = 0;
    for (const { uid, field, counts } of tables) {
      failed += counts.failed;
      console.log(
        `${uid} (${field}): ${counts.rewrapped} re-wrapped, ${counts.current} already current, ` +
          `${counts.empty} empty, ${counts.changedMeanwhile} changed meanwhile, ${counts.failed} failed`
      );
    }
    if (failed > 0) {
      console.error(
        `${failed} records are under a key the keyring lacks or are damaged: keep the old keys.`
      );
    }
    return failed > 0 ? 1 : 0;
  } finally {
    await strapi.destroy();
  }
};

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
);
