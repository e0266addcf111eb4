/** Results and filter enums of the directory's queries. */
export const resultTypeDefs = /* GraphQL */ `
  enum TeilhabeCostFilter {
    free
    paid
  }

  enum TeilhabeAccessibilityFeature {
    step_free_access
    accessible_toilet
    hearing_loop
  }

  type TeilhabeDirectoryResult {
    total: Int!
    page: Int!
    pageSize: Int!
    pageCount: Int!
    offers: [TeilhabeDirectoryOffer!]!
  }

  "An offer found by slug, or the current slug when an old one was asked for."
  type TeilhabeOfferLookup {
    offer: TeilhabeDirectoryOffer
    redirectTo: String
  }

  "Filter options in one locale (labels fall back to German)."
  type TeilhabeDirectoryTaxonomies {
    locale: I18NLocaleCode!
    categories: [TeilhabeTaxonomyTerm!]!
    targetGroups: [TeilhabeTaxonomyTerm!]!
    districts: [TeilhabeTaxonomyTerm!]!
    courseTypes: [TeilhabeTaxonomyTerm!]!
    "Languages the staff of at least one published offer speak (ISO 639)."
    staffLanguages: [String!]!
  }
`;
