import { z } from 'zod';
import { CANONICAL_LOCALE } from './constants';

/**
 * Shapes of the directory's JSON fields and codes. Documents are validated
 * against them on every write; the types the read model uses are inferred
 * from them, so stored data and code cannot drift apart. The admin's inputs
 * check an editor's entries with the same schemas and name each problem in
 * German by the `problem` key a refinement carries in its `params`.
 */

/** A stable, readable identifier: lower-case Latin letters and digits, single hyphens. */
export const slugSchema = z
  .string()
  .max(100)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case Latin letters, digits and single hyphens');

/** A taxonomy code as used in URLs (`?category=language-course`). */
export const codeSchema = slugSchema.max(60);

/** An ISO 639 language code (`de`, `fa`, `ckb`). */
export const languageCodeSchema = z
  .string()
  .regex(/^[a-z]{2,3}$/, 'use an ISO 639 language code such as "de" or "fa"');

export const languageCodesSchema = z
  .array(languageCodeSchema)
  .max(40)
  .refine((codes) => new Set(codes).size === codes.length, {
    message: 'list each language once',
    params: { problem: 'language-twice' },
  });

/** A locale code such as `de`, `en` or `pt-BR`. */
const localeKeySchema = z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'not a locale code');

/**
 * A short text translated per locale, for types that are not localized
 * themselves: `{ "de": "Beratung", "en": "Counselling" }`. German is the
 * source text and required; a missing locale falls back to it.
 * @param maxLength longest text allowed per locale
 */
export const localizedTextSchema = (maxLength: number) =>
  z
    .record(localeKeySchema, z.string().trim().max(maxLength))
    .refine((texts) => Boolean(texts[CANONICAL_LOCALE]), {
      message: `the German text ("${CANONICAL_LOCALE}") is required`,
      params: { problem: 'german-required' },
    });

export type LocalizedTextMap = Record<string, string>;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const weekdaySchema = z.enum(WEEKDAYS);
export type Weekday = z.infer<typeof weekdaySchema>;

/** A time of day, `HH:MM`, 24-hour clock. */
export const timeSchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'use a time of day such as "09:30"');

/** A calendar date, `YYYY-MM-DD`. */
export const dateSchema = z.iso.date({ message: 'use a date such as "2026-03-01"' });

const slotSchema = z
  .object({ day: weekdaySchema, opens: timeSchema, closes: timeSchema })
  .strict()
  .refine((slot) => slot.opens < slot.closes, {
    message: 'a slot must close after it opens',
    params: { problem: 'closes-before-opens' },
  });

const exceptionSchema = z
  .object({
    date: dateSchema,
    closed: z.boolean(),
    opens: timeSchema.optional(),
    closes: timeSchema.optional(),
  })
  .strict()
  .refine(
    (day) =>
      day.closed
        ? day.opens === undefined && day.closes === undefined
        : day.opens !== undefined && day.closes !== undefined && day.opens < day.closes,
    {
      message: 'a closed day has no hours; an open day needs opens before closes',
      params: { problem: 'exception-hours' },
    }
  );

/**
 * Structured opening hours: slots per weekday (several per day allowed) and
 * dated exceptions (closed, or other hours).
 */
export const openingHoursSchema = z
  .object({
    weekly: z.array(slotSchema).max(50),
    exceptions: z.array(exceptionSchema).max(100).default([]),
  })
  .strict()
  .refine(
    (hours) => new Set(hours.exceptions.map((day) => day.date)).size === hours.exceptions.length,
    { message: 'list each exception date once', params: { problem: 'date-twice' } }
  );
export type OpeningHours = z.infer<typeof openingHoursSchema>;

/** When a course meets: weekdays and a time span. */
export const courseScheduleSchema = z
  .object({ days: z.array(weekdaySchema).min(1).max(7), start: timeSchema, end: timeSchema })
  .strict()
  .refine((schedule) => schedule.start < schedule.end, {
    message: 'a course must end after it starts',
    params: { problem: 'ends-before-starts' },
  });
export type CourseSchedule = z.infer<typeof courseScheduleSchema>;

/** Further links of an offer, each with a label per locale. */
export const linksSchema = z
  .array(z.object({ url: z.httpUrl(), label: localizedTextSchema(120) }).strict())
  .max(20);
export type OfferLink = z.infer<typeof linksSchema>[number];

/** Slugs an offer had before; their URLs redirect to the current slug. */
export const previousSlugsSchema = z.array(slugSchema).max(50);

/** An `http(s)` address. */
export const httpUrlSchema = z.httpUrl();

/**
 * Parses a stored JSON value, tolerating what older data may hold: anything
 * that does not match yields `fallback` instead of failing a public read.
 * @param schema the field's schema
 * @param value the stored value
 * @param fallback returned when the value is missing or invalid
 */
export const parseStored = <T>(schema: z.ZodType<T>, value: unknown, fallback: T): T => {
  const result = schema.safeParse(value);
  return result.success ? result.data : fallback;
};
