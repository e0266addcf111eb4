import type { Core } from '@strapi/strapi';

/**
 * A canonical dump of everything the plugin's content types hold: every
 * document in every locale, its draft and published versions, without ids,
 * timestamps or authors. Relations appear as the natural key of what they
 * point to (a code, slug or name), so two databases seeded the same way give
 * the same dump, whichever database they run on.
 */

const PLUGIN_PREFIX = 'plugin::teilhabe.';

/** Fields that differ between two identical seeds, or that the keys already say. */
const LEFT_OUT = new Set([
  'id',
  'documentId',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'createdBy',
  'updatedBy',
  'locale',
  'localizations',
  // Ids of admin accounts, which depend on which accounts the machine's demo set-up made.
  'caseworkers',
]);

/** The field that names a document of each content type (single types have none). */
const NATURAL_KEYS: Record<string, string> = {
  'plugin::teilhabe.offer': 'slug',
  'plugin::teilhabe.page': 'slug',
  'plugin::teilhabe.life-situation': 'code',
  'plugin::teilhabe.category': 'code',
  'plugin::teilhabe.target-group': 'code',
  'plugin::teilhabe.district': 'code',
  'plugin::teilhabe.course-type': 'code',
  'plugin::teilhabe.provider': 'name',
  'plugin::teilhabe.location': 'name',
  'plugin::teilhabe.contact': 'internalName',
  'plugin::teilhabe.form': 'slug',
  'plugin::teilhabe.glossary-term': 'slug',
  'plugin::teilhabe.concept-edition': 'slug',
  'plugin::teilhabe.concept-chapter': 'slug',
  'plugin::teilhabe.field-of-action': 'slug',
  'plugin::teilhabe.concept-goal': 'slug',
  'plugin::teilhabe.concept-measure': 'slug',
  'plugin::teilhabe.participation-event': 'slug',
  // A measure's milestones have different dates in the demo; their text is translated.
  'plugin::teilhabe.concept-milestone': 'date',
};

/**
 * Whether editors see a content type: the plugin's internal types (form
 * versions, submissions and their history) are written by the running system,
 * not by the seed, and carry times and random codes.
 */
const isEditorial = (schema: { pluginOptions?: object }): boolean =>
  (schema.pluginOptions as { 'content-manager'?: { visible?: boolean } } | undefined)?.[
    'content-manager'
  ]?.visible !== false;

/** Published and draft versions of one locale; `published` is this string when both are equal. */
export const SAME_AS_DRAFT = 'same as draft';

type Row = Record<string, unknown>;
type Attribute = { type: string; target?: string; relation?: string };

const sortKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) {
    return value.map(sortKeys);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Row)[key])])
    );
  }
  return value;
};

const keyOf = (uid: string, row: Row): string => {
  const field = NATURAL_KEYS[uid];
  if (!field) {
    return uid.slice(PLUGIN_PREFIX.length);
  }
  const key = row[field];
  if (typeof key !== 'string' || key === '') {
    throw new Error(`${uid} ${String(row.documentId)} has no ${field}`);
  }
  return key;
};

/** A stored value as plain JSON, whatever the database returned. */
const normalize = (uid: string, attribute: Attribute, value: unknown): unknown => {
  if (value === undefined || value === null) {
    return attribute.type === 'relation' && attribute.relation?.endsWith('ToMany') ? [] : null;
  }
  switch (attribute.type) {
    case 'relation': {
      const target = attribute.target!;
      const related = (Array.isArray(value) ? value : [value]) as Row[];
      const keys = related.map((row) => keyOf(target, row));
      return Array.isArray(value) ? keys : keys[0];
    }
    case 'decimal':
    case 'float':
    case 'integer':
    case 'biginteger':
      return Number(value);
    case 'boolean':
      return Boolean(value);
    case 'json':
      return typeof value === 'string' ? JSON.parse(value) : value;
    default:
      return value;
  }
};

const fieldsOf = (uid: string, attributes: Record<string, Attribute>, row: Row): Row =>
  Object.fromEntries(
    Object.entries(attributes)
      .filter(([name]) => !LEFT_OUT.has(name))
      .map(([name, attribute]) => [name, normalize(uid, attribute, row[name])])
  );

/**
 * Reads every row of every content type of the plugin that editors see.
 * @param strapi a loaded Strapi
 * @returns content type → document key → locale (`*` when not localized) →
 *   `{ draft, published }`, keys sorted
 */
export const dumpPluginContent = async (strapi: Core.Strapi): Promise<unknown> => {
  const dump: Record<string, Record<string, Record<string, Row>>> = {};
  const uids = Object.keys(strapi.contentTypes)
    .filter((uid) => uid.startsWith(PLUGIN_PREFIX))
    .filter((uid) => isEditorial(strapi.contentTypes[uid as keyof typeof strapi.contentTypes]))
    .sort();
  for (const uid of uids) {
    const attributes = strapi.contentTypes[uid as keyof typeof strapi.contentTypes]
      .attributes as unknown as Record<string, Attribute>;
    const populate = Object.fromEntries(
      Object.entries(attributes)
        .filter(([name, attribute]) => attribute.type === 'relation' && !LEFT_OUT.has(name))
        .map(([name]) => [name, true])
    );
    const rows = (await strapi.db
      .query(uid as never)
      .findMany({ populate, orderBy: { id: 'asc' } })) as Row[];
    const documents: Record<string, Record<string, Row>> = {};
    const keyByDocument = new Map<unknown, string>();
    for (const row of rows) {
      let key = keyByDocument.get(row.documentId);
      if (key === undefined) {
        key = keyOf(uid, row);
        if (documents[key]) {
          throw new Error(`${uid}: two documents named "${key}"`);
        }
        keyByDocument.set(row.documentId, key);
      }
      const locale = typeof row.locale === 'string' ? row.locale : '*';
      const status = row.publishedAt ? 'published' : 'draft';
      const versions = ((documents[key] ??= {})[locale] ??= {});
      if (versions[status]) {
        throw new Error(`${uid} "${key}" has two ${status} rows in ${locale}`);
      }
      versions[status] = fieldsOf(uid, attributes, row);
    }
    for (const locales of Object.values(documents)) {
      for (const versions of Object.values(locales)) {
        versions.draft ??= null;
        versions.published ??= null;
        if (
          JSON.stringify(sortKeys(versions.draft)) === JSON.stringify(sortKeys(versions.published))
        ) {
          versions.published = SAME_AS_DRAFT;
        }
      }
    }
    dump[uid] = documents;
  }
  return sortKeys(dump);
};
