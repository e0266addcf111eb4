/**
 * The administrators' page "Portal-Cache leeren" (message ids
 * `teilhabe.portal-cache.<key>`), German first.
 */
const DE = {
  menu: 'Portal-Cache',
  title: 'Portal-Cache leeren',
  subtitle:
    'Alle Portale verwerfen ihre zwischengespeicherten Seiten und Inhalte und laden sie beim nächsten Aufruf neu.',
  explanation:
    'Veröffentlichen, Zurückziehen und Löschen leeren den Cache der Portale von selbst. Nutzen Sie diese Schaltfläche nur, wenn eine Änderung nach einer Minute noch nicht im Portal zu sehen ist.',
  button: 'Portal-Cache leeren',
  busy: 'Wird gesendet …',
  done: '{portals, plural, one {Das Portal leert} other {Die # Portale leeren}} den Cache in wenigen Sekunden.',
  failed: 'Der Auftrag konnte nicht gesendet werden.',
};

const EN: Record<keyof typeof DE, string> = {
  menu: 'Portal cache',
  title: 'Clear the portal cache',
  subtitle:
    'Every portal drops its cached pages and content and loads them again on the next visit.',
  explanation:
    'Publishing, unpublishing and deleting clear the portals’ caches by themselves. Use this button only when a change is still not visible on the portal after a minute.',
  button: 'Clear the portal cache',
  busy: 'Sending …',
  done: '{portals, plural, one {The portal clears its cache} other {The # portals clear their caches}} within seconds.',
  failed: 'The request could not be sent.',
};

export type PortalCacheMessageKey = keyof typeof DE;

export const PORTAL_CACHE_MESSAGES = { de: DE, en: EN } as const;
