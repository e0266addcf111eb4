import type { Core } from '@strapi/types';
import type { FormsReadService } from './read-service';
import { statisticsExtension, statisticsTypeDefs } from './statistics/graphql';

/** Object types of the forms' queries; they resolve from plain objects. */
const formTypeDefs = /* GraphQL */ `
  "Whether a published form takes submissions now."
  enum TeilhabeFormState {
    open
    notYetOpen
    closed
    full
  }

  "A published form in a list: title and summary in the locale (German where untranslated)."
  type TeilhabeFormListEntry {
    slug: String!
    title: TeilhabeLocalizedText!
    summary: TeilhabeLocalizedText!
    "Every text of the form is written in the requested locale."
    available: Boolean!
    anonymous: Boolean!
    state: TeilhabeFormState!
  }

  "A choice that comes from the directory: the offer's document id and its title."
  type TeilhabeFormOption {
    value: String!
    label: TeilhabeLocalizedText!
  }

  "The choices of one field whose options come from the directory."
  type TeilhabeFormDirectoryOptions {
    field: String!
    options: [TeilhabeFormOption!]!
  }

  "A published form ready to render."
  type TeilhabeRenderedForm {
    "The current published version (FormSnapshot of @teilhabe/forms)."
    snapshot: JSON!
    state: TeilhabeFormState!
    "Signed form id, version and time of rendering; sent back with the submission."
    renderToken: String!
    "Random, one per rendered form; the same key sent twice stores one submission."
    idempotencyKey: String!
    directoryOptions: [TeilhabeFormDirectoryOptions!]!
  }
`;

/** Object types of the forms' queries and the statistics; they resolve from plain objects. */
export const formsTypeDefs = [formTypeDefs, statisticsTypeDefs].join('\n');

const service = (strapi: Core.Strapi) =>
  strapi.plugin('teilhabe').service('forms') as FormsReadService;

/**
 * The forms' public GraphQL API: `teilhabeForms`, `teilhabeForm` and
 * `teilhabeFormStatistics`, each
 * requiring its `plugin::teilhabe.forms.*` permission (granted to the public role).
 * @param strapi the Strapi instance being registered
 */
export const formsExtension = (strapi: Core.Strapi) => {
  const statistics = statisticsExtension(strapi);
  return {
    typeDefs: [
      formsTypeDefs,
      statistics.typeDefs,
      /* GraphQL */ `
        extend type Query {
          "The published forms, with title and summary in a locale and their state."
          teilhabeForms(locale: I18NLocaleCode!): [TeilhabeFormListEntry!]!
          "A published form by its slug; directory options labelled in the locale (German by default). Null when unknown. With a preview token from the admin, the form's draft instead (it cannot be sent)."
          teilhabeForm(slug: String!, locale: I18NLocaleCode, preview: String): TeilhabeRenderedForm
        }
      `,
    ].join('\n'),
    resolvers: {
      Query: {
        teilhabeForms: (_parent: unknown, args: { locale: string }) =>
          service(strapi).list(args.locale),
        teilhabeForm: (
          _parent: unknown,
          args: { slug: string; locale?: string | null; preview?: string | null }
        ) =>
          args.preview
            ? service(strapi).preview(args.slug, args.preview, args.locale ?? 'de')
            : service(strapi).render(args.slug, args.locale ?? 'de'),
        ...statistics.resolvers.Query,
      },
    },
    resolversConfig: {
      'Query.teilhabeForms': { auth: { scope: ['plugin::teilhabe.forms.list'] } },
      'Query.teilhabeForm': { auth: { scope: ['plugin::teilhabe.forms.findOne'] } },
      ...statistics.resolversConfig,
    },
  };
};
