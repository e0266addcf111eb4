import type { Core } from '@strapi/strapi';

export const PLUGIN_ID = 'teilhabe';
const PLUGIN_UID_PREFIX = `plugin::${PLUGIN_ID}.`;

/** Raised when starting would let the schema sync drop the plugin's tables. */
export class PluginSchemaGuardError extends Error {
  override name = 'PluginSchemaGuardError';
}

/**
 * Content types the database knows from the plugin (the schema stored at the
 * last start) that the running code does not register.
 * @param stored content types as stored in the core store, keyed by UID
 * @param registered content types registered now, keyed by UID
 * @returns the missing UIDs, sorted
 */
export const findMissingPluginContentTypes = (
  stored: Record<string, unknown> | null | undefined,
  registered: Record<string, unknown>
): string[] =>
  Object.keys(stored ?? {})
    .filter((uid) => uid.startsWith(PLUGIN_UID_PREFIX) && !(uid in registered))
    .sort();

const REBUILD_HINT =
  'Build the plugin first (pnpm --filter strapi-plugin-teilhabe build, or just `npm start`).';

/**
 * Refuses to start when the plugin is not loaded, and — before Strapi syncs
 * the database schema — when a content type the database knows from the
 * plugin is missing. Strapi skips a local plugin whose `dist/` is missing
 * without a word and its schema sync then drops the plugin's tables; this
 * guard stops the start before that can happen.
 * @param strapi the Strapi instance in its register phase
 */
export const registerPluginSchemaGuard = (strapi: Core.Strapi): void => {
  const plugin = strapi.plugin(PLUGIN_ID);
  if (!plugin || Object.keys(plugin.contentTypes ?? {}).length === 0) {
    throw new PluginSchemaGuardError(
      `The "${PLUGIN_ID}" plugin did not load (is packages/strapi-plugin-teilhabe/dist missing?). ` +
        `Refusing to start so that no table is dropped. ${REBUILD_HINT}`
    );
  }

  strapi
    .hook('strapi::content-types.beforeSync')
    .register(
      ({
        oldContentTypes,
        contentTypes,
      }: {
        oldContentTypes?: Record<string, unknown>;
        contentTypes: Record<string, unknown>;
      }) => {
        const missing = findMissingPluginContentTypes(oldContentTypes, contentTypes);
        if (missing.length > 0) {
          throw new PluginSchemaGuardError(
            `Content types known to the database are missing from the "${PLUGIN_ID}" plugin: ` +
              `${missing.join(', ')}. Refusing to sync the schema, which would drop their tables. ` +
              REBUILD_HINT
          );
        }
      }
    );
};
