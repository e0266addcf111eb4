/** The city's time zone: "today", timestamps and calendar entries are reckoned in it. */
export const CITY_TIME_ZONE = 'Europe/Berlin';

/**
 * Made once: building an `Intl.DateTimeFormat` loads time zone and locale
 * data and costs far more than formatting with it, and the directory asks
 * for "today" on every request.
 */
const CITY_DATE_FORMAT = new Intl.DateTimeFormat('en', {
  timeZone: CITY_TIME_ZONE,
  calendar: 'gregory',
  numberingSystem: 'latn',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar day in the city at a point in time.
 * @param now the point in time; the current one when left out
 * @returns the date there, `YYYY-MM-DD`
 */
export function cityToday(now: Date = new Date()): string {
  const parts = CITY_DATE_FORMAT.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
