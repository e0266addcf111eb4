/**
 * A small iCalendar (RFC 5545) writer for the weekly dates of a course, so
 * that visitors can put them into their own calendar. Only what course dates
 * need: one VEVENT per course with a weekly RRULE, local times in
 * Europe/Berlin with its VTIMEZONE, text escaped and lines folded as the RFC
 * demands. Kept free of Nuxt imports so that Jest can test it.
 */
import { CITY_TIME_ZONE } from '@teilhabe/locales';
import { parseCalendarDate, parseTime, sortWeekdays, type Weekday } from './format';

const CRLF = '\r\n';
/** RFC 5545 § 3.1: lines longer than 75 octets are folded. */
const MAX_LINE_OCTETS = 75;

const BYDAY: Record<Weekday, string> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};
/** `Date#getUTCDay()` numbering, Sunday first. */
const JS_DAY: Record<Weekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 };

/**
 * Europe/Berlin as the EU rules define it since 1996: summer time from the
 * last Sunday of March, 02:00 CET, to the last Sunday of October, 03:00 CEST.
 */
const BERLIN_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${CITY_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The weekly dates of one course. */
export interface IcsCourse {
  /** Globally unique and stable for the course, e.g. `<documentId>@teilhabe.lehrte.de`. */
  uid: string;
  /** The course's title in the reader's language (or German where not translated). */
  summary: string;
  /** BCP 47 tag of the summary's language, sent as the LANGUAGE parameter. */
  language?: string;
  description?: string;
  /** The address, one line. */
  location?: string;
  geo?: { latitude: number; longitude: number };
  /** The offer's page. */
  url?: string;
  /** First day of the course, `YYYY-MM-DD`. */
  startDate: string;
  /** Last day of the course, `YYYY-MM-DD`. */
  endDate: string;
  /** Days the course meets; empty for a one-day event on `startDate`. */
  weekdays: readonly Weekday[];
  /** Local start time, `HH:MM`. */
  startTime: string;
  /** Local end time, `HH:MM`. */
  endTime: string;
}

export interface IcsCalendar {
  /** Identifies the product that wrote the file (PRODID). */
  productId: string;
  /** The calendar's name for calendar apps (X-WR-CALNAME). */
  name?: string;
  /** When the file was written (DTSTAMP). */
  stamp: Date;
  courses: readonly IcsCourse[];
}

/**
 * Escapes a TEXT value (RFC 5545 § 3.3.11): backslash, semicolon, comma and line breaks.
 * @param text any text
 * @returns the escaped text
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets (RFC 5545 § 3.1).
 * Continuation lines start with one space. Never splits a UTF-8 sequence.
 * @param line one unfolded content line
 * @returns the folded line, its parts joined by CRLF
 */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line may hold 75 octets; later ones 74 after their leading space.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

function formatIcsDate(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/**
 * @param date an instant
 * @returns the instant in UTC, e.g. `20260907T070000Z`
 */
export function formatIcsUtc(date: Date): string {
  return `${formatIcsDate(date)}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** Last Sunday of a month (0-based) of a year, as midnight UTC. */
function lastSunday(year: number, month: number): Date {
  const last = new Date(Date.UTC(year, month + 1, 0));
  return new Date(Date.UTC(year, month, last.getUTCDate() - last.getUTCDay()));
}

/**
 * The UTC offset Berlin has at a local wall-clock time, by the rules of the VTIMEZONE.
 * @param day a calendar day (midnight UTC)
 * @param hours local hours of the day, fractions for minutes
 * @returns 1 (CET) or 2 (CEST)
 */
export function berlinOffsetHours(day: Date, hours: number): number {
  const year = day.getUTCFullYear();
  const summerStart = lastSunday(year, 2).getTime();
  const summerEnd = lastSunday(year, 9).getTime();
  const time = day.getTime();
  if (time === summerStart) {
    return hours >= 2 ? 2 : 1;
  }
  if (time === summerEnd) {
    return hours >= 3 ? 1 : 2;
  }
  return time > summerStart && time < summerEnd ? 2 : 1;
}

/** The first day on or after `start` that falls on one of the weekdays. */
function firstMeeting(start: Date, days: readonly Weekday[]): Date {
  if (days.length === 0) {
    return start;
  }
  const wanted = new Set(days.map((day) => JS_DAY[day]));
  const date = new Date(start);
  while (!wanted.has(date.getUTCDay())) {
    date.setUTCDate(date.getUTCDate() + 1);
  }
  return date;
}

function localDateTime(day: Date, time: { hours: number; minutes: number }): string {
  return `${formatIcsDate(day)}T${pad(time.hours)}${pad(time.minutes)}00`;
}

function courseLines(course: IcsCourse, stamp: Date): string[] {
  const start = parseCalendarDate(course.startDate);
  const end = parseCalendarDate(course.endDate) ?? start;
  const startTime = parseTime(course.startTime);
  const endTime = parseTime(course.endTime);
  if (!start || !end || !startTime || !endTime || end < start) {
    return [];
  }
  const days = sortWeekdays(course.weekdays);
  const first = firstMeeting(start, days);
  if (first > end) {
    return [];
  }
  const language = course.language ? `;LANGUAGE=${course.language}` : '';
  const lines = [
    'BEGIN:VEVENT',
    `UID:${course.uid}`,
    `DTSTAMP:${formatIcsUtc(stamp)}`,
    `DTSTART;TZID=${CITY_TIME_ZONE}:${localDateTime(first, startTime)}`,
    `DTEND;TZID=${CITY_TIME_ZONE}:${localDateTime(first, endTime)}`,
  ];
  if (days.length > 0) {
    // UNTIL must be UTC when DTSTART has a TZID (§ 3.3.10); the last
    // meeting starts on `end` at the local start time at the latest.
    const offset = berlinOffsetHours(end, startTime.hours + startTime.minutes / 60);
    const until = new Date(end);
    until.setUTCHours(startTime.hours - offset, startTime.minutes);
    lines.push(
      `RRULE:FREQ=WEEKLY;BYDAY=${days.map((day) => BYDAY[day]).join(',')};UNTIL=${formatIcsUtc(until)}`
    );
  }
  lines.push(`SUMMARY${language}:${escapeIcsText(course.summary)}`);
  if (course.description) {
    lines.push(`DESCRIPTION${language}:${escapeIcsText(course.description)}`);
  }
  if (course.location) {
    lines.push(`LOCATION:${escapeIcsText(course.location)}`);
  }
  if (course.geo) {
    lines.push(`GEO:${course.geo.latitude};${course.geo.longitude}`);
  }
  if (course.url) {
    lines.push(`URL:${course.url}`);
  }
  lines.push('TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

/**
 * Writes an iCalendar file with the weekly dates of courses.
 * @param calendar product id, name, time stamp and the courses
 * @returns the file's text: CRLF line endings, folded lines, ending with CRLF
 */
export function buildIcsCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${calendar.productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(calendar.name ? [`X-WR-CALNAME:${escapeIcsText(calendar.name)}`] : []),
    `X-WR-TIMEZONE:${CITY_TIME_ZONE}`,
    ...BERLIN_VTIMEZONE,
    ...calendar.courses.flatMap((course) => courseLines(course, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
