// Fresh Strapi secrets, made per machine or per test run and never committed.
// CommonJS so that the cms scripts, the Jest tests and the task runner share it.
const { randomBytes } = require('node:crypto');

const secret = () => randomBytes(24).toString('base64');

/** @returns {Record<string, string>} the secrets Strapi reads from the environment */
const generateSecrets = () => ({
  APP_KEYS: [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
});

/**
 * The secret that signs the CMS's change notifications to the portal
 * (`TEILHABE_CHANGE_SECRET` = the portal's `NUXT_CMS_CHANGE_SECRET`), in the
 * `whsec_<base64>` form of the Standard Webhooks libraries.
 * @returns {string}
 */
const generateChangeSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

module.exports = { generateSecrets, generateChangeSecret };
