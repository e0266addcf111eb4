/** The admin permissions of the inbox and the access log (registered by the server). */
export const INBOX_PERMISSIONS = [{ action: 'plugin::teilhabe.inbox.read', subject: null }];
export const ACCESS_LOG_PERMISSIONS = [
  { action: 'plugin::teilhabe.access-log.read', subject: null },
];

/** The inbox's base route in the admin panel. */
export const INBOX_ROUTE = '/plugins/teilhabe';
