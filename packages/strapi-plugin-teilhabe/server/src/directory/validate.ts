import { errors } from '@strapi/utils';
import type { z } from 'zod';
import { DIRECTORY_LABELS } from './admin-labels';
import { DIRECTORY_UIDS, type DirectoryUid } from './constants';
import {
  codeSchema,
  courseScheduleSchema,
  httpUrlSchema,
  languageCodesSchema,
  linksSchema,
  localizedTextSchema,
  openingHoursSchema,
  previousSlugsSchema,
  slugSchema,
} from './schemas';

type Data = Record<string, unknown>;

/** A problem with one field, in the shape the admin panel shows next to the field. */
export interface FieldIssue {
  path: string[];
  message: string;
  name: 'ValidationError';
}

const taxonomyFields = { code: codeSchema, label: localizedTextSchema(120) };

/** Schemas of the fields Strapi cannot check itself (JSON, URLs, slugs), per content type. */
const FIELD_SCHEMAS: Record<DirectoryUid, Record<string, z.ZodType>> = {
  [DIRECTORY_UIDS.offer]: {
    slug: slugSchema,
    previousSlugs: previousSlugsSchema,
    staffLanguages: languageCodesSchema,
    openingHours: openingHoursSchema,
    links: linksSchema,
    courseSchedule: courseScheduleSchema,
    childcareRegistrationUrl: httpUrlSchema,
    registrationForm: slugSchema,
  },
  [DIRECTORY_UIDS.provider]: { website: httpUrlSchema, description: localizedTextSchema(2000) },
  [DIRECTORY_UIDS.location]: {},
  [DIRECTORY_UIDS.contact]: { role: localizedTextSchema(200), languages: languageCodesSchema },
  [DIRECTORY_UIDS.category]: taxonomyFields,
  [DIRECTORY_UIDS.targetGroup]: taxonomyFields,
  [DIRECTORY_UIDS.district]: taxonomyFields,
  [DIRECTORY_UIDS.courseType]: taxonomyFields,
};

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/** The admin panel may send JSON fields as text. */
const parseJsonText = (value: unknown): unknown => {
  if (typeof value !== 'string') {
    return value;
  }
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
};

type Rule = (data: Data) => FieldIssue | null;

const issue = (field: string, message: string): FieldIssue => ({
  path: [field],
  message,
  name: 'ValidationError',
});

/** `first` must not come after `second` when both are given. */
const ordered =
  (first: string, second: string, message: string): Rule =>
  (data) => {
    const [a, b] = [data[first], data[second]];
    return !isEmpty(a) && !isEmpty(b) && (a as number | string) > (b as number | string)
      ? issue(second, message)
      : null;
  };

const RULES: Partial<Record<DirectoryUid, Rule[]>> = {
  [DIRECTORY_UIDS.offer]: [
    (data) =>
      data.costType === 'amount' && 'costAmountEuro' in data && isEmpty(data.costAmountEuro)
        ? issue('costAmountEuro', 'enter the amount for an offer that is not free')
        : null,
    ordered('validFrom', 'validUntil', 'must not be before "valid from"'),
    ordered('courseStartDate', 'courseEndDate', 'must not be before the start date'),
    ordered('courseSeatsFree', 'courseSeatsTotal', 'must not be fewer than the free seats'),
    ordered('childcareAgeFromMonths', 'childcareAgeToMonths', 'must not be below the lower age'),
  ],
  [DIRECTORY_UIDS.contact]: [
    // Named persons only with their recorded consent (GDPR Art. 6(1)(a)).
    (data) =>
      !isEmpty(data.personName) && isEmpty(data.personConsentRecordedAt)
        ? issue(
            'personConsentRecordedAt',
            "record the date of the person's consent, or leave the name empty"
          )
        : null,
  ],
};

/**
 * Checks the fields of a write that Strapi cannot check itself and
 * normalizes them in place (JSON text parsed, empty URLs as null).
 * @param uid the content type written
 * @param data the data of a create or update; only fields present are checked
 * @returns the problems found, empty when the data is valid
 */
export const checkDirectoryData = (uid: DirectoryUid, data: Data): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  for (const [field, schema] of Object.entries(FIELD_SCHEMAS[uid] ?? {})) {
    if (!(field in data)) {
      continue;
    }
    if (isEmpty(data[field])) {
      data[field] = null;
      continue;
    }
    const result = schema.safeParse(parseJsonText(data[field]));
    if (result.success) {
      data[field] = result.data;
    } else {
      const details = result.error.issues.map((problem) =>
        [problem.path.join('.'), problem.message].filter(Boolean).join(': ')
      );
      issues.push(issue(field, details.join('; ')));
    }
  }
  for (const rule of RULES[uid] ?? []) {
    const problem = rule(data);
    if (problem) {
      issues.push(problem);
    }
  }
  return issues;
};

/**
 * What an editor reads when a save is refused (the admin shows the message
 * as it is): the fields to check, by their German labels. The admin's own
 * inputs say in German what is wrong; the details name each field and
 * problem for code.
 */
const summaryFor = (uid: DirectoryUid, issues: FieldIssue[]): string => {
  const fields = [...new Set(issues.map((problem) => problem.path[0]!))].map(
    (field) => DIRECTORY_LABELS[uid]?.fields[field]?.de ?? field
  );
  return `Nicht gespeichert. Bitte prüfen: ${fields.join(', ')}.`;
};

/**
 * Like {@link checkDirectoryData}, but throws.
 * @throws ValidationError with a German message naming the fields, and in
 *   its details every problem with its field (`path`) and what it is (`message`)
 */
export const validateDirectoryData = (uid: DirectoryUid, data: Data): void => {
  const issues = checkDirectoryData(uid, data);
  if (issues.length > 0) {
    throw new errors.ValidationError(summaryFor(uid, issues), { errors: issues });
  }
};
