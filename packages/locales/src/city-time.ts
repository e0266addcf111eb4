/** The city's time zone: "today", timestamps and calendar entries are reckoned in it. */
export const CITY_TIME_ZONE = 'Europe/Berlin';

/**
 * The calendar day in the city at a point in time.
 * @param now the point in time; the current one when left out
 * @returns the date there, `YYYY-MM-DD`
 */
export function cityToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: CITY_TIME_ZONE,
    calendar: 'gregory',
    numberingSystem: 'latn',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
