/** The public view of an offer, in one locale. */
export const offerTypeDefs = /* GraphQL */ `
  enum TeilhabeCefrLevel {
    literacy
    A1
    A2
    B1
    B2
    C1
    C2
  }

  enum TeilhabeCostType {
    free
    amount
  }

  type TeilhabeCost {
    type: TeilhabeCostType!
    "Set when the type is amount."
    amountEuro: Float
    note: TeilhabeLocalizedText
  }

  type TeilhabeAccessibility {
    stepFreeAccess: Boolean!
    accessibleToilet: Boolean!
    hearingLoop: Boolean!
    note: TeilhabeLocalizedText
  }

  "Opening hours on a weekday; a day can have several slots."
  type TeilhabeOpeningSlot {
    day: TeilhabeWeekday!
    "HH:MM"
    opens: String!
    "HH:MM"
    closes: String!
  }

  "A date with other hours than usual, or closed."
  type TeilhabeOpeningException {
    date: Date!
    closed: Boolean!
    opens: String
    closes: String
  }

  type TeilhabeOpeningHours {
    weekly: [TeilhabeOpeningSlot!]!
    exceptions: [TeilhabeOpeningException!]!
  }

  type TeilhabeOfferLink {
    url: String!
    label: TeilhabeLocalizedText!
  }

  type TeilhabeDirectoryProvider {
    documentId: ID!
    name: String!
    website: String
    description: TeilhabeLocalizedText
  }

  type TeilhabeDirectoryLocation {
    documentId: ID!
    name: String!
    street: String
    postalCode: String
    city: String
    district: TeilhabeTaxonomyTerm
    latitude: Float
    longitude: Float
  }

  "A way to reach an offer. A person's name is shown only with recorded consent."
  type TeilhabeDirectoryContact {
    documentId: ID!
    "Function or role, e.g. Migrationsberatung."
    role: TeilhabeLocalizedText
    personName: String
    phone: String
    email: String
    "ISO 639 codes."
    languages: [String!]!
  }

  type TeilhabeCourseSchedule {
    days: [TeilhabeWeekday!]!
    "HH:MM"
    start: String!
    "HH:MM"
    end: String!
  }

  type TeilhabeLanguageCourse {
    level: TeilhabeCefrLevel
    courseType: TeilhabeTaxonomyTerm
    startDate: Date
    endDate: Date
    schedule: TeilhabeCourseSchedule
    seatsTotal: Int
    seatsFree: Int
    "Childcare during the course."
    childcare: Boolean!
    womenOnly: Boolean!
    "Funding and eligibility."
    fundingNote: TeilhabeLocalizedText
  }

  type TeilhabeChildcare {
    ageFromMonths: Int
    ageToMonths: Int
    hours: String
    places: Int
    "Where to register (a link for now)."
    registrationUrl: String
  }

  """
  A published offer of the integration service directory in one locale.
  Structure (category, relations, dates, flags) is the same in every locale;
  each text is in the requested locale where translated, else in German.
  """
  type TeilhabeDirectoryOffer {
    documentId: ID!
    "Stable, locale-independent."
    slug: String!
    "The requested locale."
    locale: I18NLocaleCode!
    "Locales with a published translation (for hreflang), German first."
    availableLocales: [I18NLocaleCode!]!
    "True when at least one text of the offer is shown in German instead of the requested locale."
    isFallback: Boolean!
    "Status of the translation in the requested locale; null when there is none."
    translationStatus: TeilhabeTranslationStatus
    title: TeilhabeLocalizedText!
    summary: TeilhabeLocalizedText
    "Markdown."
    description: TeilhabeLocalizedText
    category: TeilhabeTaxonomyTerm
    targetGroups: [TeilhabeTaxonomyTerm!]!
    "Districts of the offer's locations."
    districts: [TeilhabeTaxonomyTerm!]!
    "ISO 639 codes of the languages the staff speak."
    staffLanguages: [String!]!
    cost: TeilhabeCost!
    accessibility: TeilhabeAccessibility!
    interpreterAvailable: Boolean!
    appointmentNeeded: Boolean!
    openingHours: TeilhabeOpeningHours
    validFrom: Date
    validUntil: Date
    lastVerifiedAt: Date
    links: [TeilhabeOfferLink!]!
    provider: TeilhabeDirectoryProvider
    locations: [TeilhabeDirectoryLocation!]!
    contacts: [TeilhabeDirectoryContact!]!
    "Set for language courses."
    languageCourse: TeilhabeLanguageCourse
    "Set for childcare offers."
    childcare: TeilhabeChildcare
    "Slug of the form to register with; link it only when that form is published."
    registrationFormSlug: String
    isSampleContent: Boolean!
  }
`;
