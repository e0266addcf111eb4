import { FORM_LOCALES } from '@teilhabe/forms';
import { z } from 'zod';

/** The body of `POST /api/teilhabe/forms/:slug/submissions`; unknown fields are refused. */
export const submissionBodySchema = z
  .object({
    version: z.number().int().min(1),
    locale: z.enum(FORM_LOCALES),
    answers: z.record(z.string(), z.unknown()),
    renderToken: z.string().min(10).max(500),
    idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/),
    website: z.string().max(0).optional(),
  })
  .strict();
export type SubmissionBody = z.infer<typeof submissionBodySchema>;

/**
 * U+FFFD (what the body parser makes of bytes that are not UTF-8), U+0000,
 * and script elements: no answer needs them, and a caseworker's screen or
 * export should never receive them.
 */
// eslint-disable-next-line no-control-regex -- U+0000 is what is refused here
const REFUSED_TEXT = /[\uFFFD\u0000]|<\s*\/?\s*script\b/i;

/** Whether any string in a value (keys included) holds {@link REFUSED_TEXT}. */
export const hasInvalidText = (value: unknown): boolean => {
  if (typeof value === 'string') {
    return REFUSED_TEXT.test(value);
  }
  if (Array.isArray(value)) {
    return value.some(hasInvalidText);
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).some(([key, item]) => hasInvalidText(key) || hasInvalidText(item));
  }
  return false;
};
