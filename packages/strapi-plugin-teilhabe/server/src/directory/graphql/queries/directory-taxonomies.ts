import type { Core } from '@strapi/types';
import type { DirectoryService } from '../../service';

/** `teilhabeDirectoryTaxonomies`: the filter options with labels in a locale. */
export const directoryTaxonomiesQuery = (strapi: Core.Strapi) => ({
  typeDefs: /* GraphQL */ `
    extend type Query {
      "Categories, target groups, districts and course types with labels in a locale, and the staff languages."
      teilhabeDirectoryTaxonomies(locale: I18NLocaleCode!): TeilhabeDirectoryTaxonomies!
    }
  `,
  resolvers: {
    Query: {
      teilhabeDirectoryTaxonomies: (_parent: unknown, args: { locale: string }) =>
        (strapi.plugin('teilhabe').service('directory') as DirectoryService).taxonomies(
          args.locale
        ),
    },
  },
  resolversConfig: {
    'Query.teilhabeDirectoryTaxonomies': {
      auth: { scope: ['plugin::teilhabe.directory.taxonomies'] },
    },
  },
});
