import type { Core } from '@strapi/types';
import { formStatistics } from './report';

/** Object types of the statistics query; they resolve from plain objects. */
export const statisticsTypeDefs = /* GraphQL */ `
  "An option of a statistical field."
  type TeilhabeStatisticsOption {
    value: String!
    label: TeilhabeLocalizedText!
  }

  "How often an option was chosen in a quarter. Below the threshold only that it was fewer, never the number."
  type TeilhabeStatisticsCell {
    option: String!
    "The count from the threshold up; null when it is fewer."
    count: Int
    fewerThanThreshold: Boolean!
  }

  "One ended quarter of a statistical field."
  type TeilhabeStatisticsQuarter {
    "The quarter, e.g. 2026-Q3."
    quarter: String!
    cells: [TeilhabeStatisticsCell!]!
    "The sum of the quarter's counts; null (withheld) when any count of the quarter is below the threshold."
    total: Int
  }

  "A single choice of a form that is counted per quarter (e.g. the area of life of a report)."
  type TeilhabeStatisticsField {
    key: String!
    label: TeilhabeLocalizedText!
    options: [TeilhabeStatisticsOption!]!
    "Oldest first."
    quarters: [TeilhabeStatisticsQuarter!]!
  }

  "The published counts of a form's statistical fields."
  type TeilhabeFormStatistics {
    form: String!
    title: TeilhabeLocalizedText!
    "Counts below this number are not revealed."
    threshold: Int!
    "Some counts are sample data of the demo."
    sampleData: Boolean!
    fields: [TeilhabeStatisticsField!]!
  }
`;

/**
 * `teilhabeFormStatistics`: the counts of a published form's statistical
 * fields per ended quarter, small counts suppressed. Requires the
 * `plugin::teilhabe.forms.statistics` permission (granted to the public role).
 * @param strapi the Strapi instance being registered
 */
export const statisticsExtension = (strapi: Core.Strapi) => ({
  typeDefs: /* GraphQL */ `
    extend type Query {
      "How often each option of a published form's statistical fields was chosen, per ended quarter (at most 8); counts below 5 only as fewer than 5. Null when the form is unknown or counts nothing."
      teilhabeFormStatistics(form: String!, locale: I18NLocaleCode): TeilhabeFormStatistics
    }
  `,
  resolvers: {
    Query: {
      teilhabeFormStatistics: (_parent: unknown, args: { form: string; locale?: string | null }) =>
        formStatistics(strapi, args.form, args.locale ?? 'de'),
    },
  },
  resolversConfig: {
    'Query.teilhabeFormStatistics': { auth: { scope: ['plugin::teilhabe.forms.statistics'] } },
  },
});
