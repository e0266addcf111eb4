import type { DateBound } from './definition.ts';

/** The city's time zone: "today" for every form is the day in Lehrte. */
export const CITY_TIME_ZONE = 'Europe/Berlin';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a string is a date `YYYY-MM-DD` that exists in the calendar (no 30 February). */
export const isIsoDate = (value: string): boolean => {
  const match = ISO_DATE.exec(value);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    year >= 1 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day
  );
};

/** The date `days` after an ISO date (before, when negative). */
export const addDays = (isoDate: string, days: number): string => {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
  return date.toISOString().slice(0, 10);
};

/**
 * Today in the city as `YYYY-MM-DD`. The validation takes `today` as a
 * parameter (so that tests and the server decide it); this is what both pass.
 */
export const cityToday = (now: Date = new Date()): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: CITY_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);

/** A bound as an ISO date, relative bounds counted from `today`. */
export const resolveDateBound = (bound: DateBound, today: string): string =>
  typeof bound === 'string' ? bound : addDays(today, bound.todayPlusDays);
