const SLUG_PATTERN = /^[a-z0-9-]{1,100}$/;

/**
 * Checks a CMS page slug before it reaches a query: lowercase letters, digits
 * and hyphens, at most 100 characters (the CMS limit for offer slugs).
 * @param value an untrusted route or query value
 * @returns whether the value is a well-formed slug
 */
export function isValidSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG_PATTERN.test(value);
}
