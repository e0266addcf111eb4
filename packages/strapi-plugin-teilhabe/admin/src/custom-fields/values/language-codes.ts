import { SPOKEN_LANGUAGE_CODES } from '../../../../server/src/directory/languages';

/** A language an editor can pick, named in the admin's language. */
export interface LanguageOption {
  code: string;
  name: string;
}

/**
 * The languages to pick from: the common ones and every code already
 * chosen, each named in the admin's language, alphabetically.
 * @param selected the codes stored now
 * @param locale the admin's interface language, e.g. `de`
 */
export const languageOptions = (selected: readonly string[], locale: string): LanguageOption[] => {
  const names = new Intl.DisplayNames(locale, { type: 'language', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  const name = (code: string) => {
    try {
      return names.of(code) ?? code;
    } catch {
      // Not a well-formed language tag (stored before it was checked).
      return code;
    }
  };
  return [...new Set([...SPOKEN_LANGUAGE_CODES, ...selected])]
    .map((code) => ({ code, name: name(code) }))
    .sort((a, b) => collator.compare(a.name, b.name));
};

/**
 * The new selection in the order the editor built it: codes kept stay where
 * they were, added ones follow. The portal lists the languages in this order.
 * @param previous the codes before
 * @param next the codes the select reports now, in any order
 * @returns the codes to store, or `null` when none is left
 */
export const changedSelection = (
  previous: readonly string[],
  next: readonly string[]
): string[] | null => {
  const kept = previous.filter((code) => next.includes(code));
  const added = next.filter((code) => !previous.includes(code));
  const codes = [...new Set([...kept, ...added])];
  return codes.length > 0 ? codes : null;
};
