/**
 * Dates, times, weekdays, languages and prices in the reader's language, with
 * `Intl` only: no month or weekday names in the UI strings. Always the
 * Gregorian calendar (an administration's dates must match its letters) and
 * the city's time zone for timestamps; calendar dates and wall-clock times
 * from the CMS are formatted as they are, without any time-zone shift.
 * Kept free of Nuxt imports so that Jest and server routes can use it.
 */
import { CITY_TIME_ZONE } from '@teilhabe/locales';

/** Days of the week as the CMS stores them. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d(?:\.\d+)?)?$/;

/**
 * Reads a calendar date (`2026-09-07`, also the date part of a timestamp).
 * @param value a date from the CMS
 * @returns midnight UTC of that day, or `null` when the value is no valid date
 */
export function parseCalendarDate(value: string | null | undefined): Date | null {
  const match = DATE_PATTERN.exec((value ?? '').slice(0, 10));
  if (!match) {
    return null;
  }
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/**
 * Reads a wall-clock time (`09:00`, `09:00:00`, `09:00:00.000`).
 * @param value a time from the CMS
 * @returns hours and minutes, or `null` when the value is no valid time
 */
export function parseTime(
  value: string | null | undefined
): { hours: number; minutes: number } | null {
  const match = TIME_PATTERN.exec(value ?? '');
  return match ? { hours: Number(match[1]), minutes: Number(match[2]) } : null;
}

/**
 * Normalizes a wall-clock time to `HH:MM`.
 * @param value a time from the CMS
 * @returns e.g. `09:00`, or `null` for an invalid time
 */
export function normalizeTime(value: string | null | undefined): string | null {
  const time = parseTime(value);
  return time
    ? `${String(time.hours).padStart(2, '0')}:${String(time.minutes).padStart(2, '0')}`
    : null;
}

/** A wall-clock time as a UTC instant on 1 January 1970, for formatting only. */
function timeAsDate(value: string): Date | null {
  const time = parseTime(value);
  return time ? new Date(Date.UTC(1970, 0, 1, time.hours, time.minutes)) : null;
}

/**
 * ICU versions differ in the spaces around the dash of a range (thin spaces in
 * Node, plain ones in some browsers); server and browser must render the same
 * text, so ranges get a no-break space before the dash and a plain one after it.
 */
function normalizeRange(text: string): string {
  return text.replace(/[\s\u2009\u202f]+–[\s\u2009\u202f]+/gu, '\u00a0– ');
}

function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(language, { calendar: 'gregory', timeZone: 'UTC', ...options });
}

/**
 * @param value a calendar date, e.g. `2026-09-07`
 * @param language a BCP 47 language tag
 * @returns e.g. "7. September 2026", or `null` for an invalid date
 */
export function formatCalendarDate(
  value: string | null | undefined,
  language: string
): string | null {
  const date = parseCalendarDate(value);
  return date ? dateFormat(language, { dateStyle: 'long' }).format(date) : null;
}

/**
 * @param start first day, e.g. `2026-09-07`
 * @param end last day
 * @param language a BCP 47 language tag
 * @returns e.g. "7. September 2026 – 26. Februar 2027"; one date when only one is valid
 */
export function formatDateRange(
  start: string | null | undefined,
  end: string | null | undefined,
  language: string
): string | null {
  const from = parseCalendarDate(start);
  const to = parseCalendarDate(end);
  if (from && to && from <= to) {
    return normalizeRange(dateFormat(language, { dateStyle: 'long' }).formatRange(from, to));
  }
  return formatCalendarDate(start, language) ?? formatCalendarDate(end, language);
}

/**
 * @param value a timestamp, e.g. `2026-11-03T10:00:00.000Z`
 * @param language a BCP 47 language tag
 * @returns the day in the city's time zone, e.g. "3. November 2026", or `null`
 */
export function formatTimestampDate(
  value: string | null | undefined,
  language: string
): string | null {
  const date = new Date(value ?? '');
  if (!value || Number.isNaN(date.getTime())) {
    return null;
  }
  return dateFormat(language, { dateStyle: 'long', timeZone: CITY_TIME_ZONE }).format(date);
}

/**
 * @param value a wall-clock time, e.g. `09:00`
 * @param language a BCP 47 language tag
 * @returns e.g. "09:00" in German, "9:00 AM" in English, or `null`
 */
export function formatTime(value: string | null | undefined, language: string): string | null {
  const date = timeAsDate(value ?? '');
  return date ? dateFormat(language, { hour: 'numeric', minute: '2-digit' }).format(date) : null;
}

/**
 * @param start opening time, e.g. `09:00`
 * @param end closing time, e.g. `12:30`
 * @param language a BCP 47 language tag
 * @returns e.g. "09:00–12:30 Uhr", "9:00 AM – 12:30 PM", or `null` when a time is invalid
 */
export function formatTimeRange(
  start: string | null | undefined,
  end: string | null | undefined,
  language: string
): string | null {
  const from = timeAsDate(start ?? '');
  const to = timeAsDate(end ?? '');
  if (!from || !to) {
    return null;
  }
  const format = dateFormat(language, { hour: 'numeric', minute: '2-digit' });
  return normalizeRange(
    to > from ? format.formatRange(from, to) : `${format.format(from)} – ${format.format(to)}`
  );
}

/**
 * @param day a weekday as the CMS stores it
 * @param language a BCP 47 language tag
 * @param width `long` ("Montag") or `short` ("Mo.")
 * @returns the weekday's name
 */
export function formatWeekday(
  day: Weekday,
  language: string,
  width: 'long' | 'short' = 'long'
): string {
  // 1 January 2024 was a Monday.
  const date = new Date(Date.UTC(2024, 0, 1 + WEEKDAYS.indexOf(day)));
  return dateFormat(language, { weekday: width }).format(date);
}

/**
 * @param value anything
 * @returns whether the value is a weekday code
 */
export function isWeekday(value: unknown): value is Weekday {
  return typeof value === 'string' && (WEEKDAYS as readonly string[]).includes(value);
}

/**
 * Sorts weekdays Monday first and drops duplicates.
 * @param days weekday codes in any order
 * @returns the days in week order
 */
export function sortWeekdays(days: readonly Weekday[]): Weekday[] {
  return WEEKDAYS.filter((day) => days.includes(day));
}

/**
 * Joins items as the language does ("a, b und c").
 * @param items the items, already formatted
 * @param language a BCP 47 language tag
 * @returns the list as one text
 */
export function formatList(items: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { type: 'conjunction', style: 'long' }).format(items);
}

/**
 * @param days weekdays of a schedule
 * @param language a BCP 47 language tag
 * @returns e.g. "Montag, Mittwoch und Donnerstag"
 */
export function formatWeekdays(days: readonly Weekday[], language: string): string {
  return formatList(
    sortWeekdays(days).map((day) => formatWeekday(day, language)),
    language
  );
}

/**
 * @param code an ISO 639-1 language code, e.g. `fa`
 * @param language the reader's language
 * @returns the language's name in the reader's language, e.g. "Persisch"; the code when unknown
 */
export function formatLanguageName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames(language, { type: 'language', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * @param amountEuro an amount in euros
 * @param language a BCP 47 language tag
 * @returns e.g. "25,00 €" or "€25.00"
 */
export function formatEuro(amountEuro: number, language: string): string {
  return new Intl.NumberFormat(language, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: Number.isInteger(amountEuro) ? 0 : 2,
  }).format(amountEuro);
}

/**
 * @param value a count
 * @param language a BCP 47 language tag
 * @returns the number with the language's digits and grouping
 */
export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/**
 * An age given in months, in years where it is a whole number of years.
 * @param months an age in months
 * @param language a BCP 47 language tag
 * @returns e.g. "3 Jahre", "18 Monate"
 */
export function formatAge(months: number, language: string): string {
  const inYears = months % 12 === 0 && months > 0;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: inYears ? 'year' : 'month',
    unitDisplay: 'long',
  }).format(inYears ? months / 12 : months);
}

/**
 * Whether an offer's last valid day lies before today in the city.
 * @param validUntil a calendar date from the CMS, or null for open-ended offers
 * @param today today in the city, `YYYY-MM-DD` (`cityToday` of `@teilhabe/locales`)
 */
export function hasEnded(validUntil: string | null | undefined, today: string): boolean {
  const until = parseCalendarDate(validUntil);
  return until !== null && until.toISOString().slice(0, 10) < today;
}
