/** Texts per locale code, e.g. `{ de: 'Beratung', ar: 'استشارة' }`. */
export type Texts = Record<string, string>;

/**
 * The texts of a stored map; anything that is not a text is left out.
 * @param value the stored JSON value (or `null`)
 */
export const readTexts = (value: unknown): Texts =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string'
        )
      )
    : {};

/**
 * The texts of a stored list (language codes, slugs); anything that is not
 * a text is left out.
 * @param value the stored JSON value (or `null`)
 */
export const readTextList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/**
 * The texts with one locale's text changed. An emptied text removes its
 * locale: "not translated", never an empty string.
 * @param texts the texts so far
 * @param code the locale
 * @param text its new text
 */
export const withText = (texts: Texts, code: string, text: string): Texts =>
  Object.fromEntries(
    Object.entries({ ...texts, [code]: text }).filter(([, value]) => value !== '')
  );
