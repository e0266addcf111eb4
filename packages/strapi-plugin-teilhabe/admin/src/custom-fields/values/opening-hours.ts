import { WEEKDAYS, type Weekday } from '../../../../server/src/directory/schemas';

/** One weekly slot as the editor enters it; times are `''` until entered. */
export interface SlotEntry {
  day: Weekday;
  opens: string;
  closes: string;
}

/** One dated exception as the editor enters it: closed, or open with other hours. */
export interface ExceptionEntry {
  date: string;
  closed: boolean;
  opens?: string;
  closes?: string;
}

/** Opening hours in the shape of `openingHoursSchema`, possibly not yet valid. */
export interface OpeningHoursEntry {
  weekly: SlotEntry[];
  exceptions: ExceptionEntry[];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const rows = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter(isRecord) : [];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const weekday = (value: unknown): Weekday =>
  WEEKDAYS.includes(value as Weekday) ? (value as Weekday) : 'mon';

/**
 * The stored opening hours as the input edits them; anything missing or
 * malformed becomes an empty list, never an error.
 * @param value the stored JSON value (or `null`)
 */
export const readOpeningHours = (value: unknown): OpeningHoursEntry => {
  const hours = isRecord(value) ? value : {};
  return {
    weekly: rows(hours.weekly).map((slot) => ({
      day: weekday(slot.day),
      opens: text(slot.opens),
      closes: text(slot.closes),
    })),
    exceptions: rows(hours.exceptions).map((day) =>
      day.closed === true
        ? { date: text(day.date), closed: true }
        : { date: text(day.date), closed: false, opens: text(day.opens), closes: text(day.closes) }
    ),
  };
};

/**
 * The value to store: the entries as they are, or `null` once every row is
 * removed (an offer without opening hours).
 * @param hours the entries
 */
export const writeOpeningHours = (hours: OpeningHoursEntry): OpeningHoursEntry | null =>
  hours.weekly.length === 0 && hours.exceptions.length === 0 ? null : hours;

/**
 * A new weekly slot: the day after the last slot's, with its times, so that
 * Monday to Friday with the same hours take a few clicks.
 * @param weekly the slots so far
 */
export const nextSlot = (weekly: readonly SlotEntry[]): SlotEntry => {
  const last = weekly[weekly.length - 1];
  if (!last) {
    return { day: 'mon', opens: '', closes: '' };
  }
  const day = WEEKDAYS[(WEEKDAYS.indexOf(last.day) + 1) % WEEKDAYS.length] ?? 'mon';
  return { day, opens: last.opens, closes: last.closes };
};

/**
 * An exception closed all day, or open with hours still to enter.
 * @param exception the exception
 * @param closed whether the day is closed
 */
export const withClosed = (exception: ExceptionEntry, closed: boolean): ExceptionEntry =>
  closed
    ? { date: exception.date, closed: true }
    : { date: exception.date, closed: false, opens: '', closes: '' };
