/** Types shared by the directory's queries. */
export const commonTypeDefs = /* GraphQL */ `
  """
  A text and the locale it is written in: the requested locale, or German
  (\`de\`) where no translation exists yet. Mark it with \`lang\` when it
  differs from the page's locale.
  """
  type TeilhabeLocalizedText {
    text: String!
    locale: I18NLocaleCode!
  }

  "An entry of a taxonomy: a stable code (used in URLs in every locale) and its label."
  type TeilhabeTaxonomyTerm {
    code: String!
    label: TeilhabeLocalizedText!
    position: Int!
  }

  enum TeilhabeWeekday {
    mon
    tue
    wed
    thu
    fri
    sat
    sun
  }

  enum TeilhabeTranslationStatus {
    source
    demo_translation
    reviewed_translation
  }
`;
