// Fresh Strapi secrets, made per machine or per test run and never committed.
// CommonJS so that the cms scripts, the Jest tests and the task runner share it.
const { randomBytes } = require('node:crypto');

const secret = () => randomBytes(24).toString('base64');

/**
 * The forms' keyring (see cms/.env.example): one master key `k1` that is also
 * the active one, and the HMAC secret.
 * @returns {Record<string, string>}
 */
const generateFormsSecrets = () => ({
  TEILHABE_FORMS_KEYS: `k1:${randomBytes(32).toString('base64')}`,
  TEILHABE_FORMS_ACTIVE_KEY: 'k1',
  TEILHABE_FORMS_HMAC_SECRET: randomBytes(32).toString('base64'),
});

/** @returns {Record<string, string>} the secrets Strapi and the plugin read from the environment */
const generateSecrets = () => ({
  APP_KEYS: [secret(), secret(), secret(), secret()].join(','),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),
  ...generateFormsSecrets(),
});

/**
 * The secret that signs the CMS's change notifications to the portal
 * (`TEILHABE_CHANGE_SECRET` = the portal's `NUXT_CMS_CHANGE_SECRET`), in the
 * `whsec_<base64>` form of the Standard Webhooks libraries.
 * @returns {string}
 */
const generateChangeSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

module.exports = { generateSecrets, generateFormsSecrets, generateChangeSecret };
