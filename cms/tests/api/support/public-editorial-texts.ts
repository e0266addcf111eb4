import type { Core } from '@strapi/strapi';
import { columnOf, tableOf, type StoredTexts } from './stored-texts';
import type { Readings } from './text-differences';

/**
 * The editorial content types as the public GraphQL API lists them (one
 * locale's published versions, no fallback), and what the lists must hold
 * given the stored texts.
 */

/** A public query of an editorial content type and the text fields it is read with. */
export interface EditorialQuery {
  uid: string;
  /** Root field. */
  field: string;
  fields: string[];
  /** A single type's field returns one document, a collection's a list. */
  single?: boolean;
}

export const EDITORIAL_QUERIES: EditorialQuery[] = [
  {
    uid: 'plugin::teilhabe.page',
    field: 'teilhabePages',
    fields: ['slug', 'title', 'summary', 'body'],
  },
  {
    uid: 'plugin::teilhabe.life-situation',
    field: 'teilhabeLifeSituations',
    fields: ['code', 'title', 'teaser', 'directoryCategory'],
  },
  {
    uid: 'plugin::teilhabe.site-setting',
    field: 'teilhabeSiteSetting',
    fields: ['cityName', 'siteTitle', 'welcomeHeading', 'welcomeText', 'footerText'],
    single: true,
  },
];

/** The GraphQL document that reads one {@link EditorialQuery} in `$locale`. */
export const editorialDocument = ({ field, fields, single }: EditorialQuery): string =>
  `query ($locale: I18NLocaleCode) { ${field}(locale: $locale${
    single ? '' : ', pagination: { pageSize: 100 }'
  }) { documentId ${fields.join(' ')} } }`;

type Document = Record<string, unknown> & { documentId: string };

/**
 * Keys the documents of one answer like the expected reading.
 * @param query the query that was asked
 * @param locale the locale it was asked in
 * @param answer its root field's value
 */
export const editorialReadings = (
  query: EditorialQuery,
  locale: string,
  answer: Document | Document[] | null
): Readings =>
  new Map(
    [answer ?? []].flat().map((document) => {
      const { documentId, ...texts } = document;
      return [`${query.uid} ${documentId} ${locale}`, texts];
    })
  );

/**
 * The published versions in `locale` as stored before, with the fields of `query`.
 * @param strapi the running Strapi (for the fields' column names)
 * @param stored the SQL reading taken before the migration
 * @param query which content type and fields
 * @param locale the locale
 */
export const expectedEditorialReadings = (
  strapi: Core.Strapi,
  stored: StoredTexts,
  query: EditorialQuery,
  locale: string
): Readings => {
  const table = tableOf(stored.layout, query.uid);
  const readings: Readings = new Map();
  for (const row of stored.rows.values()) {
    if (row.table === table && row.locale === locale && row.status === 'published') {
      readings.set(
        `${query.uid} ${row.documentId} ${locale}`,
        Object.fromEntries(
          query.fields.map((field) => [field, row.texts[columnOf(strapi, query.uid, field)]])
        )
      );
    }
  }
  return readings;
};
