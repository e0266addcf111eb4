import type { Core } from '@strapi/types';
import type { ConceptService } from '../service';
import type { ChangesArgs, ConceptArgs, MeasuresArgs } from '../query-input';
import { conceptTypeDefs } from './types';

const SCOPE = { auth: { scope: ['plugin::teilhabe.concept.find'] } };

/**
 * The concept's public GraphQL API: read-only queries over published
 * documents, bounded (pages of at most 50, at most 500 rows read), each
 * requiring `plugin::teilhabe.concept.find` (granted to the public role).
 * @param strapi the Strapi instance being registered
 * @returns the configuration for the GraphQL extension service
 */
export const conceptExtension = (strapi: Core.Strapi) => {
  const service = () => strapi.plugin('teilhabe').service('concept') as ConceptService;
  const queries: Record<string, (_parent: unknown, args: never) => unknown> = {
    teilhabeConcept: (_parent, args: ConceptArgs) => service().concept(args),
    teilhabeConceptChapter: (_parent, args: { locale: string; slug: string }) =>
      service().chapter(args),
    teilhabeConceptMeasures: (_parent, args: MeasuresArgs) => service().measures(args),
    teilhabeConceptMeasure: (_parent, args: { locale: string; slug: string }) =>
      service().measure(args),
    teilhabeParticipationEvents: (_parent, args: { locale: string }) =>
      service().participationEvents(args),
    teilhabeConceptChanges: (_parent, args: ChangesArgs) => service().changes(args),
    teilhabeConceptRevision: (_parent, args: { id: string }) => service().revision(args),
  };
  return {
    typeDefs: [
      conceptTypeDefs,
      /* GraphQL */ `
        extend type Query {
          "An edition's table of contents (the newest unless one is named by slug) and the fields of action."
          teilhabeConcept(
            locale: I18NLocaleCode!
            edition: String
            "Chapter bodies too: the whole edition on one page."
            withBodies: Boolean = false
          ): TeilhabeConcept!
          "A published chapter by slug, or null."
          teilhabeConceptChapter(locale: I18NLocaleCode!, slug: String!): TeilhabeConceptChapter
          "Published measures, filtered by field of action (slug) and statuses."
          teilhabeConceptMeasures(
            locale: I18NLocaleCode!
            fieldOfAction: String
            statuses: [TeilhabeMeasureStatus!]
            page: Int = 1
            "At most 50."
            pageSize: Int = 20
          ): TeilhabeConceptMeasures!
          "A published measure by slug, or null."
          teilhabeConceptMeasure(locale: I18NLocaleCode!, slug: String!): TeilhabeConceptMeasure
          "Published participation events, oldest first, each with the measures from it."
          teilhabeParticipationEvents(locale: I18NLocaleCode!): [TeilhabeParticipationEvent!]!
          """
          Published versions in a locale, newest first: of one chapter or measure
          (document), of an edition's chapters, or all; since a date (YYYY-MM-DD).
          """
          teilhabeConceptChanges(
            locale: I18NLocaleCode!
            kind: TeilhabeRevisionKind
            document: ID
            edition: String
            since: String
            page: Int = 1
            "At most 50."
            pageSize: Int = 20
          ): TeilhabeConceptChanges!
          "One published version with the one before it, or null."
          teilhabeConceptRevision(id: ID!): TeilhabeConceptRevision
        }
      `,
    ].join('\n'),
    resolvers: { Query: queries },
    resolversConfig: Object.fromEntries(
      Object.keys(queries).map((name) => [`Query.${name}`, SCOPE])
    ),
  };
};
