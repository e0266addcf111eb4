/** Fresh Strapi secrets (APP_KEYS, salts, JWT secrets, encryption key). */
export declare const generateSecrets: () => Record<string, string>;
