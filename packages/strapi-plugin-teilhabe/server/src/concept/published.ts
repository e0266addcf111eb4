import type { Core } from '@strapi/types';
import { withFallback, type LocalizedText } from '../directory/localized-text';
import { CANONICAL_LOCALE, MAX_ROWS, type ConceptUid } from './constants';

export type Row = Record<string, unknown> & { documentId: string };

/** A published document: its German row (structure) and its row in the asked locale, if any. */
export interface Entry {
  documentId: string;
  german: Row;
  local: Row | undefined;
  locale: string;
}

/**
 * The published documents of a type in a locale. Structure comes from the
 * German rows (only documents published in German are public: German holds
 * what every locale shares); texts from the locale's published rows. Reads
 * the query engine with `publishedAt` set, so no draft row is ever read,
 * whoever asks; at most {@link MAX_ROWS} documents.
 * @param where conditions on the German rows
 * @param populate relations to read from the German rows (`documentId`, `slug` and `publishedAt` only)
 */
export const loadPublished = async (
  strapi: Core.Strapi,
  uid: ConceptUid,
  locale: string,
  options: { where?: Record<string, unknown>; populate?: readonly string[] } = {}
): Promise<Entry[]> => {
  const populate = Object.fromEntries(
    (options.populate ?? []).map((name) => [
      name,
      { select: ['documentId', 'slug', 'publishedAt'], where: { publishedAt: { $notNull: true } } },
    ])
  );
  const german = (await strapi.db.query(uid).findMany({
    where: { ...options.where, locale: CANONICAL_LOCALE, publishedAt: { $notNull: true } },
    populate,
    limit: MAX_ROWS,
  })) as Row[];
  const local =
    locale === CANONICAL_LOCALE || german.length === 0
      ? german
      : ((await strapi.db.query(uid).findMany({
          where: {
            documentId: { $in: german.map((row) => row.documentId) },
            locale,
            publishedAt: { $notNull: true },
          },
          limit: MAX_ROWS,
        })) as Row[]);
  const byId = new Map(local.map((row) => [row.documentId, row]));
  return german.map((row) => ({
    documentId: row.documentId,
    german: row,
    local: byId.get(row.documentId),
    locale,
  }));
};

/**
 * The published locales of documents of a type.
 * @returns the locales by documentId
 */
export const publishedLocalesOf = async (
  strapi: Core.Strapi,
  uid: ConceptUid,
  documentIds: readonly string[]
): Promise<Map<string, string[]>> => {
  const rows = (await strapi.db.query(uid).findMany({
    where: { documentId: { $in: [...documentIds] }, publishedAt: { $notNull: true } },
    select: ['documentId', 'locale'],
  })) as Array<{ documentId: string; locale: string }>;
  const locales = new Map<string, string[]>();
  for (const row of rows) {
    locales.set(row.documentId, [...(locales.get(row.documentId) ?? []), row.locale].sort());
  }
  return locales;
};

/** A text of an entry in its locale, else in German. */
export const textOf = (entry: Entry, field: string): LocalizedText | null =>
  withFallback(entry.locale, entry.local?.[field], entry.german[field]);

/** A text that always exists (a title): its German text where even that is empty. */
export const titleOf = (entry: Entry, field = 'title'): { text: string; locale: string } =>
  textOf(entry, field) ?? { text: String(entry.german.slug ?? ''), locale: CANONICAL_LOCALE };

/** The translation status of the locale's row; null where the locale is missing. */
export const translationOf = (entry: Entry): string | null =>
  entry.local ? String(entry.local.translationStatus ?? 'source') : null;

/** documentIds of a populated relation (published targets only). */
export const relatedIds = (row: Row, name: string): string[] => {
  const value = row[name];
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list
    .filter((item): item is Row =>
      Boolean(item && typeof item === 'object' && (item as Row).publishedAt)
    )
    .map((item) => item.documentId);
};

/** The first documentId of a to-one relation. */
export const relatedId = (row: Row, name: string): string | null =>
  relatedIds(row, name)[0] ?? null;
