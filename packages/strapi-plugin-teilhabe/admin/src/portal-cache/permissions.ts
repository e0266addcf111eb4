/** The admin permission of "Portal-Cache leeren" (registered by the server). */
export const PORTAL_CACHE_PERMISSIONS = [
  { action: 'plugin::teilhabe.portal-cache.clear', subject: null },
];
