import { z } from 'zod';
import { ACCESSIBILITY_COLUMNS } from './search/directory-query';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './constants';
import { codeSchema, languageCodeSchema } from './schemas';

/** PostgreSQL cannot store or compare text with U+0000: such input is refused, not sent. */
const hasNoNul = (text: string): boolean => !text.includes('\u0000');

export const CEFR_LEVELS = ['literacy', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;

const codes = (what: string) => z.array(codeSchema).max(20, `list at most 20 ${what}`).nullish();

/** Arguments of the public directory query, before codes are checked against the taxonomies. */
export const directoryArgsSchema = z.object({
  locale: z.string().min(1, 'locale is required'),
  search: z
    .string()
    .max(200, 'search is limited to 200 characters')
    .refine(hasNoNul, 'search contains a character that is not allowed (U+0000)')
    .nullish(),
  category: codeSchema.nullish(),
  districts: codes('districts'),
  languages: z.array(languageCodeSchema).max(20, 'list at most 20 languages').nullish(),
  targetGroups: codes('target groups'),
  cost: z.enum(['free', 'paid']).nullish(),
  accessibility: z
    .array(z.enum(Object.keys(ACCESSIBILITY_COLUMNS) as [keyof typeof ACCESSIBILITY_COLUMNS]))
    .nullish(),
  levels: z.array(z.enum(CEFR_LEVELS)).nullish(),
  courseTypes: codes('course types'),
  childcareDuringCourse: z.boolean().nullish(),
  womenOnly: z.boolean().nullish(),
  startsWithinWeeks: z
    .number()
    .int('startsWithinWeeks must be a whole number')
    .min(0, 'startsWithinWeeks must be 0 or more')
    .max(104, 'startsWithinWeeks is limited to 104 weeks')
    .nullish(),
  page: z
    .number()
    .int('page must be a whole number')
    .min(1, 'page must be 1 or more')
    .nullish()
    .transform((page) => page ?? 1),
  pageSize: z
    .number()
    .int('pageSize must be a whole number')
    .min(1, `pageSize must be between 1 and ${MAX_PAGE_SIZE}`)
    .max(MAX_PAGE_SIZE, `pageSize must be between 1 and ${MAX_PAGE_SIZE}`)
    .nullish()
    .transform((size) => size ?? DEFAULT_PAGE_SIZE),
});

export type DirectoryArgs = z.input<typeof directoryArgsSchema>;
export type ParsedDirectoryArgs = z.output<typeof directoryArgsSchema>;

export const offerBySlugArgsSchema = z.object({
  locale: z.string().min(1, 'locale is required'),
  slug: z
    .string()
    .min(1, 'slug is required')
    .max(200, 'slug is too long')
    .refine(hasNoNul, 'slug contains a character that is not allowed (U+0000)'),
});

/**
 * One readable message for all problems of an input.
 * @param error what zod reported
 */
export const describeIssues = (error: z.ZodError): string =>
  error.issues
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ` : '') + issue.message)
    .join('; ');
