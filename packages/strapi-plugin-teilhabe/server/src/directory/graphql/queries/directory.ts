import type { Core } from '@strapi/types';
import type { DirectoryArgs } from '../../query-input';
import type { DirectoryService } from '../../service';

/** `teilhabeDirectory`: published offers by filters and search, one page at a time. */
export const directoryQuery = (strapi: Core.Strapi) => ({
  typeDefs: /* GraphQL */ `
    extend type Query {
      """
      Published offers in a locale: each text in that locale where translated,
      else in German. Lists match any of their values; filters combine with AND;
      accessibility needs every feature listed. Course filters match language
      courses only. Search matches word prefixes in the locale and in German,
      ranked; without search, offers are sorted by title.
      """
      teilhabeDirectory(
        locale: I18NLocaleCode!
        search: String
        "Category code."
        category: String
        "District codes."
        districts: [String!]
        "ISO 639 codes of languages the staff speak."
        languages: [String!]
        "Target group codes."
        targetGroups: [String!]
        cost: TeilhabeCostFilter
        accessibility: [TeilhabeAccessibilityFeature!]
        levels: [TeilhabeCefrLevel!]
        "Course type codes."
        courseTypes: [String!]
        childcareDuringCourse: Boolean
        womenOnly: Boolean
        "Courses starting between today and N weeks from today."
        startsWithinWeeks: Int
        page: Int = 1
        "At most 50."
        pageSize: Int = 20
      ): TeilhabeDirectoryResult!
    }
  `,
  resolvers: {
    Query: {
      teilhabeDirectory: (_parent: unknown, args: DirectoryArgs) =>
        (strapi.plugin('teilhabe').service('directory') as DirectoryService).find(args),
    },
  },
  resolversConfig: {
    'Query.teilhabeDirectory': { auth: { scope: ['plugin::teilhabe.directory.find'] } },
  },
});
