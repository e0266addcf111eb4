import type { Core } from '@strapi/types';
import type { CommentsService } from './service';

/** The comment type; it resolves from plain objects. */
export const feedbackTypeDefs = /* GraphQL */ `
  "A published comment: a resident's feedback as a moderator published it, personal data removed."
  type TeilhabeComment {
    documentId: ID!
    "The subject key, e.g. the slug of a chapter of the integration concept."
    subject: String!
    text: String!
    "The language the comment is written in."
    language: I18NLocaleCode!
    "The day it was published, YYYY-MM-DD."
    publishedOn: String!
  }
`;

const service = (strapi: Core.Strapi) =>
  strapi.plugin('teilhabe').service('comments') as CommentsService;

/**
 * `teilhabeComments(subject)`: the published comments on a subject,
 * requiring the `plugin::teilhabe.comments.list` permission (granted to the
 * public role).
 * @param strapi the Strapi instance being registered
 */
export const feedbackExtension = (strapi: Core.Strapi) => ({
  typeDefs: [
    feedbackTypeDefs,
    /* GraphQL */ `
      extend type Query {
        "The published comments on a subject (e.g. a chapter's slug), newest first, at most 50."
        teilhabeComments(subject: String!): [TeilhabeComment!]!
      }
    `,
  ].join('\n'),
  resolvers: {
    Query: {
      teilhabeComments: (_parent: unknown, args: { subject: string }) =>
        service(strapi).list(args.subject),
    },
  },
  resolversConfig: {
    'Query.teilhabeComments': { auth: { scope: ['plugin::teilhabe.comments.list'] } },
  },
});
