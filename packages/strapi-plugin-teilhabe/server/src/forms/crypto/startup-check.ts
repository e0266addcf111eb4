import type { Core } from '@strapi/types';
import { FormsKeyError, keyringFromEnv, type Keyring } from './keyring';

/**
 * Refuses to start the CMS without a valid forms keyring: submissions could
 * be neither sealed nor opened. The error names the variable and never its
 * value; `strapi start` prints it and exits.
 * @param strapi the Strapi instance being started
 * @param env the process environment
 * @returns the keyring
 * @throws FormsKeyError with what is missing or invalid and how to make it
 */
export const assertFormsKeys = (
  strapi: Core.Strapi,
  env: NodeJS.ProcessEnv = process.env
): Keyring => {
  try {
    return keyringFromEnv(env);
  } catch (error) {
    if (!(error instanceof FormsKeyError)) {
      throw error;
    }
    const message =
      `Refusing to start: the forms' encryption keys are not usable. ${error.message}. ` +
      'See cms/.env.example (TEILHABE_FORMS_KEYS, TEILHABE_FORMS_ACTIVE_KEY, TEILHABE_FORMS_HMAC_SECRET).';
    strapi.log.error(message);
    throw new FormsKeyError(message);
  }
};
