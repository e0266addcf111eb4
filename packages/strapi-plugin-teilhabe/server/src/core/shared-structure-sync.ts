import type { Core, Modules } from '@strapi/types';
import { DEFAULT_LOCALE } from '@teilhabe/locales';

interface I18nContentTypes {
  isLocalizedContentType(model: unknown): boolean;
  getNestedPopulateOfNonLocalizedAttributes(uid: string): unknown;
}

interface I18nLocalizations {
  syncNonLocalizedAttributes(entry: unknown, model: unknown): Promise<void>;
}

type PublishResult = { entries?: Array<{ id?: number; locale?: string }> } | undefined;

/** The entry whose shared fields the other published locales take: German where it was published. */
export const sourceEntryOf = (
  entries: ReadonlyArray<{ id?: number; locale?: string }>
): { id?: number; locale?: string } | undefined =>
  entries.find((entry) => entry.locale === DEFAULT_LOCALE) ?? entries[0];

/**
 * A Document Service middleware that makes the fields shared by all locales
 * (structure, status, relations: everything not localized) the same in every
 * published locale after a publish of one of the plugin's content types.
 *
 * Strapi's i18n middleware does this only when the published entry differs
 * from `findOne({ where: { documentId } })`, a row of any locale and status
 * that the database picks: SQLite and PostgreSQL pick different rows, so the
 * published German status of a measure reached the published Arabic one on
 * PostgreSQL and not on SQLite. Here it is done on every publish, with
 * Strapi's own copy function, so both databases agree.
 * @param strapi the Strapi instance
 */
export const sharedStructureSyncMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    // Returned as it came; only read as a publish's result.
    const result = await next();
    const uid = context.uid as string;
    if (context.action !== 'publish' || !uid.startsWith('plugin::teilhabe.')) {
      return result;
    }
    const model = strapi.getModel(context.uid);
    const contentTypes = strapi
      .plugin('i18n')
      .service('content-types') as unknown as I18nContentTypes;
    const source = sourceEntryOf((result as PublishResult)?.entries ?? []);
    if (!contentTypes.isLocalizedContentType(model) || source?.id === undefined) {
      return result;
    }
    const entry = await strapi.db.query(context.uid).findOne({
      where: { id: source.id },
      populate: contentTypes.getNestedPopulateOfNonLocalizedAttributes(uid) as never,
    });
    if (entry) {
      await (
        strapi.plugin('i18n').service('localizations') as unknown as I18nLocalizations
      ).syncNonLocalizedAttributes(entry, model);
    }
    return result;
  };
