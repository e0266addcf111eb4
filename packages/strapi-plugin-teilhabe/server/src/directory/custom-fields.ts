import type { JsonCustomField } from '../core/custom-fields/register';

/**
 * Names of the directory's custom fields. Each stores the JSON value its zod
 * schema in `schemas.ts` describes, as the plain `json` attribute before it
 * did; the admin part (`admin/src/custom-fields/`) brings the inputs.
 */
export const DIRECTORY_FIELD_NAMES = {
  /** Weekly hours and dated exceptions of an offer. */
  openingHours: 'opening-hours',
  /** The weekdays and times a course meets. */
  courseSchedule: 'course-schedule',
  /** Further links of an offer, each with a label per locale. */
  offerLinks: 'offer-links',
  /** ISO 639 codes of the languages spoken (by staff, by a contact). */
  languageCodes: 'language-codes',
  /** Former slugs of an offer, kept by the plugin: read-only in the admin. */
  previousSlugs: 'previous-slugs',
} as const;

/** The directory's custom fields as the plugin registers them. */
export const DIRECTORY_CUSTOM_FIELDS: readonly JsonCustomField[] = [
  { name: DIRECTORY_FIELD_NAMES.openingHours, size: 12 },
  { name: DIRECTORY_FIELD_NAMES.courseSchedule, size: 12 },
  { name: DIRECTORY_FIELD_NAMES.offerLinks, size: 12 },
  { name: DIRECTORY_FIELD_NAMES.languageCodes, size: 6 },
  { name: DIRECTORY_FIELD_NAMES.previousSlugs, size: 6 },
];
