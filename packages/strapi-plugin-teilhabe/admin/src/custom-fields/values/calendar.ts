import { WEEKDAYS, type Weekday } from '../../../../server/src/directory/schemas';

/** 1 January 2024 was a Monday: the days from it name Monday to Sunday. */
const A_MONDAY = { year: 2024, month: 0, day: 1 };

/**
 * The weekdays Monday to Sunday, named in the admin's language.
 * @param locale the admin's interface language, e.g. `de`
 * @returns e.g. `[{ day: 'mon', name: 'Montag' }, …]`
 */
export const weekdayNames = (locale: string): Array<{ day: Weekday; name: string }> => {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return WEEKDAYS.map((day, index) => ({
    day,
    name: format.format(Date.UTC(A_MONDAY.year, A_MONDAY.month, A_MONDAY.day + index)),
  }));
};

/**
 * Weekdays in calendar order, each once.
 * @param days weekdays in any order
 */
export const inWeekOrder = (days: readonly Weekday[]): Weekday[] =>
  WEEKDAYS.filter((day) => days.includes(day));

/**
 * A time as stored (`HH:MM`) from what the time picker gives: it formats by
 * the admin's locale, whose separator need not be a colon.
 * @param text e.g. `09:30`, `9.30`, or nothing
 * @returns `HH:MM`, or `''` for no time
 */
export const storedTime = (text: string | undefined): string => {
  const match = /^(\d{1,2})\D(\d{2})$/.exec(text?.trim() ?? '');
  return match ? `${match[1]!.padStart(2, '0')}:${match[2]}` : '';
};

/**
 * The day a stored date (`YYYY-MM-DD`) names, as the date picker shows it:
 * midnight in the browser's time zone, so no time zone shifts the day.
 * @param iso e.g. `2026-12-24`
 * @returns the date, or `undefined` when there is none
 */
export const pickerDate = (iso: string | undefined): Date | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
};

/**
 * A stored date (`YYYY-MM-DD`) from the day the date picker gives.
 * @param date the picked day (local midnight), or nothing
 * @returns e.g. `2026-12-24`, or `''` for no date
 */
export const storedDate = (date: Date | undefined): string =>
  date
    ? [
        String(date.getFullYear()).padStart(4, '0'),
        String(date.getMonth() + 1).padStart(2, '0'),
        String(date.getDate()).padStart(2, '0'),
      ].join('-')
    : '';
