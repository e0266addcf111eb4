/**
 * Categories of the offer directory that the home page's life situations link to
 * (`directoryCategory` in the CMS). The UI strings name each one under
 * `directory.categories.<code>`.
 */
export const DIRECTORY_CATEGORIES = [
  'language-course',
  'childcare',
  'counselling',
  'work-recognition',
  'anti-discrimination',
  'participation',
] as const;

export type DirectoryCategory = (typeof DIRECTORY_CATEGORIES)[number];

/**
 * Narrows an untrusted query parameter to a known category.
 * @param value the raw `category` query value
 * @returns whether the value names a known category
 */
export function isDirectoryCategory(value: unknown): value is DirectoryCategory {
  return typeof value === 'string' && (DIRECTORY_CATEGORIES as readonly string[]).includes(value);
}
