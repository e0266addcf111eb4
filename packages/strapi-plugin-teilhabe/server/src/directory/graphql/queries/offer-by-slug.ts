import type { Core } from '@strapi/types';
import type { DirectoryService } from '../../service';

/** `teilhabeOfferBySlug`: one published offer, or where an old slug leads. */
export const offerBySlugQuery = (strapi: Core.Strapi) => ({
  typeDefs: /* GraphQL */ `
    extend type Query {
      """
      A published offer by its slug, in a locale (German where untranslated).
      For a slug the offer had before a rename: redirectTo holds the current
      slug and offer is null. Null when no published offer has or had the slug.
      """
      teilhabeOfferBySlug(locale: I18NLocaleCode!, slug: String!): TeilhabeOfferLookup
    }
  `,
  resolvers: {
    Query: {
      teilhabeOfferBySlug: (_parent: unknown, args: { locale: string; slug: string }) =>
        (strapi.plugin('teilhabe').service('directory') as DirectoryService).offerBySlug(args),
    },
  },
  resolversConfig: {
    'Query.teilhabeOfferBySlug': { auth: { scope: ['plugin::teilhabe.directory.findOne'] } },
  },
});
