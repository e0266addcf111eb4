import { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MEASURE_STATUSES } from './constants';

const hasNoNul = (text: string): boolean => !text.includes('\u0000');

const slug = z
  .string()
  .max(100, 'slug is too long')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lowercase letters, digits and hyphens');

const documentId = z
  .string()
  .max(64, 'documentId is too long')
  .regex(/^[a-z0-9]+$/, 'a documentId is lowercase letters and digits')
  .refine(hasNoNul);

const page = z
  .number()
  .int('page must be a whole number')
  .min(1, 'page must be 1 or more')
  .max(10_000, 'page is limited to 10000')
  .nullish()
  .transform((value) => value ?? 1);

const pageSize = z
  .number()
  .int('pageSize must be a whole number')
  .min(1, `pageSize must be between 1 and ${MAX_PAGE_SIZE}`)
  .max(MAX_PAGE_SIZE, `pageSize must be between 1 and ${MAX_PAGE_SIZE}`)
  .nullish()
  .transform((value) => value ?? DEFAULT_PAGE_SIZE);

const locale = z.string().min(1, 'locale is required').max(10);

export const conceptArgsSchema = z.object({
  locale,
  edition: slug.nullish(),
  withBodies: z.boolean().nullish(),
});

export const bySlugArgsSchema = z.object({ locale, slug });

export const measuresArgsSchema = z.object({
  locale,
  fieldOfAction: slug.nullish(),
  statuses: z.array(z.enum(MEASURE_STATUSES)).max(MEASURE_STATUSES.length).nullish(),
  page,
  pageSize,
});

export const changesArgsSchema = z.object({
  locale,
  kind: z.enum(['chapter', 'measure']).nullish(),
  document: documentId.nullish(),
  edition: slug.nullish(),
  since: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'since is a date: YYYY-MM-DD')
    .refine((value) => !Number.isNaN(Date.parse(value)), 'since is not a valid date')
    .nullish(),
  page,
  pageSize,
});

export const revisionArgsSchema = z.object({ id: documentId });

export type ConceptArgs = z.input<typeof conceptArgsSchema>;
export type MeasuresArgs = z.input<typeof measuresArgsSchema>;
export type ChangesArgs = z.input<typeof changesArgsSchema>;

/**
 * Parses public arguments, or throws one readable message for all problems.
 * @throws ValidationError
 */
export const parseArgs = <S extends z.ZodType>(
  schema: S,
  input: unknown,
  fail: (message: string) => Error
): z.output<S> => {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw fail(
      parsed.error.issues
        .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ` : '') + issue.message)
        .join('; ')
    );
  }
  return parsed.data;
};
