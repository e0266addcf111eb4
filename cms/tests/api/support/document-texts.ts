import type { Core, UID } from '@strapi/strapi';
import { rowKey, type Status, type StoredTexts } from './stored-texts';
import type { Readings } from './text-differences';

/**
 * The stored texts as the Document Service returns them, keyed like the SQL
 * reading: what an editor and every plugin service reads.
 */

type Document = Record<string, unknown> & { documentId: string };

/** One content type's text fields: attribute → column, and how to ask for its versions. */
interface TextFields {
  uid: UID.ContentType;
  table: string;
  attributes: Record<string, string>;
  locales: Array<string | undefined>;
  statuses: Status[];
}

const textFieldsOf = (strapi: Core.Strapi, stored: StoredTexts): TextFields[] =>
  Object.entries(stored.layout.contentTypes).map(([uid, table]) => {
    const contentType = strapi.contentTypes[uid as UID.ContentType];
    if (!contentType) {
      throw new Error(`${uid} is in the database but not in the running Strapi`);
    }
    const { columnToAttribute } = strapi.db.metadata.get(uid);
    const attributes = Object.fromEntries(
      (stored.layout.columns[table] ?? []).flatMap((column) => {
        const attribute = columnToAttribute[column.name];
        return attribute ? [[attribute, column.name]] : [];
      })
    );
    const pluginOptions = contentType.pluginOptions as { i18n?: { localized?: boolean } };
    const localized = Boolean(pluginOptions?.i18n?.localized);
    return {
      uid: uid as UID.ContentType,
      table,
      attributes,
      locales: localized ? stored.locales : [undefined],
      statuses: contentType.options?.draftAndPublish ? ['draft', 'published'] : ['published'],
    };
  });

/**
 * The SQL reading limited to the columns the Document Service has fields
 * for, to compare with {@link readDocumentTexts}.
 * @param strapi the running Strapi
 * @param stored texts read with SQL
 */
export const storedFieldTexts = (strapi: Core.Strapi, stored: StoredTexts): Readings => {
  const readings: Readings = new Map();
  const columnsByTable = new Map(
    textFieldsOf(strapi, stored).map((fields) => [fields.table, Object.values(fields.attributes)])
  );
  for (const [key, row] of stored.rows) {
    const columns = columnsByTable.get(row.table) ?? [];
    readings.set(key, Object.fromEntries(columns.map((column) => [column, row.texts[column]])));
  }
  return readings;
};

/**
 * Reads every version of every document of the plugin's content types with
 * the Document Service, every locale and status, its text fields only.
 * @param strapi the running Strapi
 * @param stored the SQL reading, for the content types, columns and locales
 * @returns values by row key and column, as {@link storedFieldTexts} has them
 */
export const readDocumentTexts = async (
  strapi: Core.Strapi,
  stored: StoredTexts
): Promise<Readings> => {
  const readings: Readings = new Map();
  for (const { uid, table, attributes, locales, statuses } of textFieldsOf(strapi, stored)) {
    const fields = Object.keys(attributes);
    for (const locale of locales) {
      for (const status of statuses) {
        // A copy: the Document Service adds its own fields to the list it is given.
        const documents = (await strapi
          .documents(uid)
          .findMany({ locale, status, fields: [...fields] } as never)) as unknown as Document[];
        for (const document of documents) {
          readings.set(
            rowKey(table, document.documentId, locale, status),
            Object.fromEntries(fields.map((field) => [attributes[field], document[field]]))
          );
        }
      }
    }
  }
  return readings;
};

/**
 * Counts documents per content type, locale and status with the Document Service.
 * @returns `uid locale status` → count, for every locale and status the content type has
 */
export const countDocuments = async (
  strapi: Core.Strapi,
  stored: StoredTexts
): Promise<Record<string, number>> => {
  const counts: Record<string, number> = {};
  for (const { uid, locales, statuses } of textFieldsOf(strapi, stored)) {
    for (const locale of locales) {
      for (const status of statuses) {
        counts[`${uid} ${locale ?? '-'} ${status}`] = await strapi
          .documents(uid)
          .count({ locale, status } as never);
      }
    }
  }
  return counts;
};
