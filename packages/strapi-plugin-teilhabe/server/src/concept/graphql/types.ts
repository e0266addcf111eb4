/**
 * Types of the concept's public queries. They resolve from plain objects
 * (see the core's plain-fields plugin); texts are `TeilhabeLocalizedText`
 * (the requested locale, or German where untranslated).
 */
export const conceptTypeDefs = /* GraphQL */ `
  enum TeilhabeConceptStage {
    status_report
    draft
    adopted
  }

  enum TeilhabeMeasureStatus {
    proposed
    planned
    in_progress
    done
    paused
    dropped
  }

  "Where a measure's progress comes from: the editors, its status, its sub-measures, or nowhere."
  enum TeilhabeProgressSource {
    given
    status
    sub_measures
    none
  }

  enum TeilhabeEasyTextKind {
    easy_language
    plain_language
  }

  enum TeilhabeParticipationKind {
    event
    workshop
    survey
  }

  enum TeilhabeParticipationFormat {
    on_site
    online
  }

  enum TeilhabeRevisionKind {
    chapter
    measure
  }

  type TeilhabeConceptEdition {
    documentId: ID!
    slug: String!
    title: TeilhabeLocalizedText!
    summary: TeilhabeLocalizedText
    stage: TeilhabeConceptStage!
    "YYYY-MM-DD"
    issuedOn: String
    isSampleContent: Boolean!
    "Of the requested locale; null where only German exists."
    translationStatus: TeilhabeTranslationStatus
  }

  type TeilhabeConceptGoal {
    documentId: ID!
    slug: String!
    title: TeilhabeLocalizedText!
    description: TeilhabeLocalizedText
    isSampleContent: Boolean!
    translationStatus: TeilhabeTranslationStatus
  }

  "A field of action (Handlungsfeld) with its strategic goals."
  type TeilhabeFieldOfAction {
    documentId: ID!
    slug: String!
    title: TeilhabeLocalizedText!
    description: TeilhabeLocalizedText
    position: Int!
    goals: [TeilhabeConceptGoal!]!
    "Published measures of this field."
    measureCount: Int!
    isSampleContent: Boolean!
    translationStatus: TeilhabeTranslationStatus
  }

  "A chapter in the table of contents (reading order, depth first)."
  type TeilhabeConceptChapterEntry {
    documentId: ID!
    slug: String!
    "Its number in the edition: 2.1"
    number: String!
    "0 for a top-level chapter."
    depth: Int!
    parentSlug: String
    title: TeilhabeLocalizedText!
    summary: TeilhabeLocalizedText
    hasEasyText: Boolean!
    "Slugs of its fields of action."
    fieldsOfAction: [String!]!
    "Only with withBodies (the print edition)."
    body: TeilhabeLocalizedText
    isSampleContent: Boolean!
    translationStatus: TeilhabeTranslationStatus
  }

  type TeilhabeConcept {
    locale: I18NLocaleCode!
    "The requested edition, or the newest; null when none is published."
    edition: TeilhabeConceptEdition
    editions: [TeilhabeConceptEdition!]!
    chapters: [TeilhabeConceptChapterEntry!]!
    fieldsOfAction: [TeilhabeFieldOfAction!]!
  }

  type TeilhabeConceptRef {
    slug: String!
    title: TeilhabeLocalizedText!
  }

  type TeilhabeConceptMeasureSummary {
    documentId: ID!
    slug: String!
    title: TeilhabeLocalizedText!
    summary: TeilhabeLocalizedText
    status: TeilhabeMeasureStatus!
    "0 to 100; null where nothing can be said."
    progress: Int
    progressSource: TeilhabeProgressSource!
    fieldOfAction: TeilhabeConceptRef
    goal: TeilhabeConceptRef
    "Its weight in its parent measure's progress."
    weight: Int!
    isSampleContent: Boolean!
    translationStatus: TeilhabeTranslationStatus
  }

  type TeilhabeConceptChapter {
    documentId: ID!
    slug: String!
    number: String!
    depth: Int!
    parentSlug: String
    title: TeilhabeLocalizedText!
    summary: TeilhabeLocalizedText
    body: TeilhabeLocalizedText
    hasEasyText: Boolean!
    "The easy-language or plain-language text, in the locale or German."
    easyText: TeilhabeLocalizedText
    easyTextKind: TeilhabeEasyTextKind
    "Who checked the easy-language text (a body, never a person's name)."
    easyTextCheckedBy: String
    fieldsOfAction: [String!]!
    edition: TeilhabeConceptEdition
    parent: TeilhabeConceptChapterEntry
    children: [TeilhabeConceptChapterEntry!]!
    previous: TeilhabeConceptChapterEntry
    next: TeilhabeConceptChapterEntry
    fieldsOfActionDetails: [TeilhabeFieldOfAction!]!
    "Measures of its fields of action."
    measures: [TeilhabeConceptMeasureSummary!]!
    availableLocales: [I18NLocaleCode!]!
    publishedAt: String
    isSampleContent: Boolean!
    translationStatus: TeilhabeTranslationStatus
  }

  type TeilhabeConceptMeasures {
    total: Int!
    page: Int!
    pageSize: Int!
    pageCount: Int!
    measures: [TeilhabeConceptMeasureSummary!]!
  }

  type TeilhabeStatusChange {
    status: TeilhabeMeasureStatus!
    "When a publish first showed it."
    since: String!
  }

  type TeilhabeMilestone {
    date: String!
    text: TeilhabeLocalizedText!
    reached: Boolean!
  }

  type TeilhabeParticipationRef {
    slug: String!
    title: TeilhabeLocalizedText!
    kind: TeilhabeParticipationKind!
    date: String!
    format: TeilhabeParticipationFormat!
  }

  type TeilhabeConceptMeasure {
    documentId: ID!
    slug: String!
    title: TeilhabeLocalizedText!
    summary: TeilhabeLocalizedText
    description: TeilhabeLocalizedText
    status: TeilhabeMeasureStatus!
    statusHistory: [TeilhabeStatusChange!]!
    progress: Int
    progressSource: TeilhabeProgressSource!
    "The percentage the editors gave, if any."
    progressPercent: Int
    progressUpdatedOn: String
    responsibleUnit: TeilhabeLocalizedText
    indicators: TeilhabeLocalizedText
    startDate: String
    endDate: String
    weight: Int!
    fieldOfAction: TeilhabeConceptRef
    goal: TeilhabeConceptRef
    milestones: [TeilhabeMilestone!]!
    parent: TeilhabeConceptMeasureSummary
    subMeasures: [TeilhabeConceptMeasureSummary!]!
    participationEvents: [TeilhabeParticipationRef!]!
    "Published offers of the directory that serve it."
    offers: [TeilhabeConceptRef!]!
    availableLocales: [I18NLocaleCode!]!
    isSampleContent: Boolean!
    translationStatus: TeilhabeTranslationStatus
  }

  "A participation event: counts only, never names."
  type TeilhabeParticipationEvent {
    documentId: ID!
    slug: String!
    title: TeilhabeLocalizedText!
    kind: TeilhabeParticipationKind!
    date: String!
    format: TeilhabeParticipationFormat!
    participantCount: Int
    organiser: TeilhabeLocalizedText
    summary: TeilhabeLocalizedText
    results: TeilhabeLocalizedText
    demands: TeilhabeLocalizedText
    fieldsOfAction: [TeilhabeConceptRef!]!
    "The measures that came from it."
    measures: [TeilhabeConceptMeasureSummary!]!
    isSampleContent: Boolean!
    translationStatus: TeilhabeTranslationStatus
  }

  type TeilhabeConceptRevisionTexts {
    title: String
    summary: String
    body: String
    easyText: String
    easyTextKind: String
    easyTextCheckedBy: String
    description: String
    responsibleUnit: String
    indicators: String
  }

  "A published version of a chapter or measure in one locale, as it was."
  type TeilhabeConceptRevision {
    id: ID!
    kind: TeilhabeRevisionKind!
    "The chapter's or measure's documentId."
    documentId: ID!
    slug: String
    locale: I18NLocaleCode!
    "1 for the first publish in this locale."
    number: Int!
    title: String
    changeNote: String
    revisedAt: String!
    texts: TeilhabeConceptRevisionTexts!
    status: TeilhabeMeasureStatus
    "The version before it (same document and locale), without its own previous."
    previous: TeilhabeConceptRevision
  }

  type TeilhabeConceptChanges {
    total: Int!
    page: Int!
    pageSize: Int!
    pageCount: Int!
    revisions: [TeilhabeConceptRevision!]!
  }
`;
