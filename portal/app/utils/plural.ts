/**
 * CLDR-aware plural selection for vue-i18n.
 *
 * vue-i18n's built-in rule knows only "one" and "other" (plus a zero form), but
 * Arabic has six plural forms and Ukrainian and Russian three for whole numbers.
 * A plural message in a locale lists one form per CLDR category of that locale,
 * separated by `|`, in the CLDR order zero, one, two, few, many, other.
 * Kept free of Nuxt imports so that Jest can load it directly.
 */

/** The CLDR plural categories in their canonical order. */
export const PLURAL_CATEGORY_ORDER: readonly Intl.LDMLPluralRule[] = [
  'zero',
  'one',
  'two',
  'few',
  'many',
  'other',
];

/** The rule signature vue-i18n expects in `pluralRules`. */
export type PluralRule = (choice: number, choicesLength: number) => number;

/**
 * Lists the plural forms a message in this locale must provide, in message order.
 * @param locale a BCP 47 language tag
 * @returns e.g. `['one', 'other']` for German, six categories for Arabic
 */
export function pluralForms(locale: string): Intl.LDMLPluralRule[] {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  return PLURAL_CATEGORY_ORDER.filter((category) => categories.includes(category));
}

/**
 * Creates a vue-i18n plural rule from `Intl.PluralRules`.
 * @param locale a BCP 47 language tag
 * @returns a rule that picks the index of the message form for a count
 */
export function createPluralRule(locale: string): PluralRule {
  const rules = new Intl.PluralRules(locale);
  const forms = pluralForms(locale);
  return (choice, choicesLength) => {
    if (choicesLength === forms.length) {
      return forms.indexOf(rules.select(Math.abs(choice)));
    }
    // A message with fewer forms than the locale needs: keep it readable with
    // the singular for one and the last form for everything else.
    return Math.abs(choice) === 1 || choicesLength === 1 ? 0 : choicesLength - 1;
  };
}

/**
 * Builds vue-i18n's `pluralRules` option for a set of locales.
 * @param locales pairs of vue-i18n locale code and BCP 47 language tag
 * @returns one CLDR-based rule per locale code
 */
export function buildPluralRules(
  locales: ReadonlyArray<{ code: string; language: string }>
): Record<string, PluralRule> {
  return Object.fromEntries(
    locales.map(({ code, language }) => [code, createPluralRule(language)])
  );
}
