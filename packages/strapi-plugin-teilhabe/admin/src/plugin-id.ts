/** The plugin's id in the admin panel, and the prefix of its own messages. */
export const PLUGIN_ID = 'teilhabe';

/**
 * The id of one of the plugin's own admin messages.
 * @param key the message's key, e.g. `localized-text.not-translated`
 */
export const messageId = (key: string): string => `${PLUGIN_ID}.${key}`;
