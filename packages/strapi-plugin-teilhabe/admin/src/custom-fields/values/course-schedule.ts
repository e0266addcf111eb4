import { WEEKDAYS, type Weekday } from '../../../../server/src/directory/schemas';
import { inWeekOrder } from './calendar';

/** A course schedule in the shape of `courseScheduleSchema`, possibly not yet valid. */
export interface CourseScheduleEntry {
  days: Weekday[];
  start: string;
  end: string;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/**
 * The stored schedule as the input edits it.
 * @param value the stored JSON value (or `null`)
 */
export const readCourseSchedule = (value: unknown): CourseScheduleEntry => {
  const schedule =
    value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const days = Array.isArray(schedule.days)
    ? schedule.days.filter((day): day is Weekday => WEEKDAYS.includes(day as Weekday))
    : [];
  return { days, start: text(schedule.start), end: text(schedule.end) };
};

/**
 * The value to store: `null` when nothing is entered (no course times).
 * @param schedule the entries
 */
export const writeCourseSchedule = (schedule: CourseScheduleEntry): CourseScheduleEntry | null =>
  schedule.days.length === 0 && schedule.start === '' && schedule.end === '' ? null : schedule;

/**
 * The schedule with a weekday added or taken away; days stay in calendar order.
 * @param schedule the schedule
 * @param day the weekday
 * @param on whether the course meets on it
 */
export const withDay = (
  schedule: CourseScheduleEntry,
  day: Weekday,
  on: boolean
): CourseScheduleEntry => ({
  ...schedule,
  days: inWeekOrder(on ? [...schedule.days, day] : schedule.days.filter((other) => other !== day)),
});
