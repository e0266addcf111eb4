/**
 * Formats a CMS timestamp as a long date in the city's time zone, so that
 * server and browser render the same text. Always the Gregorian calendar:
 * Persian would otherwise default to the Solar Hijri one, and dates on an
 * administration's pages must match those in its letters and deadlines.
 * @param iso an ISO 8601 timestamp
 * @param language a BCP 47 language tag
 * @returns e.g. "3. November 2026", or `null` for an invalid timestamp
 */
export function formatLongDate(iso: string, language: string): string | null {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return null;
  }
  return new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeZone: 'Europe/Berlin',
    calendar: 'gregory',
  }).format(date);
}
