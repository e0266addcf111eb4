/** Fresh Strapi secrets (APP_KEYS, salts, JWT secrets, encryption key) and the forms' keyring. */
export declare const generateSecrets: () => Record<string, string>;

/** A fresh forms keyring: TEILHABE_FORMS_KEYS, TEILHABE_FORMS_ACTIVE_KEY, TEILHABE_FORMS_HMAC_SECRET. */
export declare const generateFormsSecrets: () => Record<string, string>;
