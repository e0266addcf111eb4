import type { Core, Modules } from '@strapi/types';
import type { Indexer } from './search/indexer';
import { CANONICAL_LOCALE, DIRECTORY_UIDS, isDirectoryUid, type DirectoryUid } from './constants';
import { assertPublishable, prepareOfferWrite } from './offer-writes';
import { validateDirectoryData } from './validate';

/** Offer actions that change what is published. */
const OFFER_INDEX_ACTIONS = new Set(['publish', 'unpublish', 'delete']);

/** Reference data is live on save: these actions change what published offers show. */
const REFERENCE_INDEX_ACTIONS = new Set(['update', 'delete']);

/** How published offers point at each kind of reference data. */
const REFERENCING: Partial<Record<DirectoryUid, (documentId: string) => object>> = {
  [DIRECTORY_UIDS.provider]: (documentId) => ({ provider: { documentId } }),
  [DIRECTORY_UIDS.location]: (documentId) => ({ locations: { documentId } }),
  [DIRECTORY_UIDS.contact]: (documentId) => ({ contacts: { documentId } }),
  [DIRECTORY_UIDS.category]: (documentId) => ({ category: { documentId } }),
  [DIRECTORY_UIDS.targetGroup]: (documentId) => ({ targetGroups: { documentId } }),
  [DIRECTORY_UIDS.courseType]: (documentId) => ({ courseType: { documentId } }),
  [DIRECTORY_UIDS.district]: (documentId) => ({ locations: { district: { documentId } } }),
};

/**
 * Published offers that show a piece of reference data (structure is read
 * from the German version only).
 */
const offersReferencing = async (
  strapi: Core.Strapi,
  uid: DirectoryUid,
  documentId: string
): Promise<string[]> => {
  const where = REFERENCING[uid]?.(documentId);
  if (!where) {
    return [];
  }
  const rows = (await strapi.db.query(DIRECTORY_UIDS.offer).findMany({
    where: { ...where, publishedAt: { $notNull: true }, locale: CANONICAL_LOCALE },
    select: ['documentId'],
  })) as Array<{ documentId: string }>;
  return rows.map((row) => row.documentId);
};

type Params = { documentId?: string; locale?: string | string[]; data?: Record<string, unknown> };

/**
 * The Document Service middleware of the directory. Before a write: checks
 * JSON fields, codes and rules, derives the description's plain text and
 * the slug, and refuses to publish without the German version. After it:
 * keeps the search and facet index current (published offers only).
 * Registered in `register()`, so it wraps the i18n middleware: the index is
 * written after i18n has synced the non-localized fields.
 * @param strapi the Strapi instance
 * @param indexer the directory index
 */
export const directoryDocumentMiddleware =
  (strapi: Core.Strapi, indexer: () => Indexer): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const uid = context.uid as string;
    if (!isDirectoryUid(uid)) {
      return next();
    }
    const { action } = context;
    const params = context.params as Params;
    const isOffer = uid === DIRECTORY_UIDS.offer;
    if ((action === 'create' || action === 'update') && params.data) {
      validateDirectoryData(uid, params.data);
      if (isOffer) {
        await prepareOfferWrite(strapi, action, params);
      }
    }
    if (isOffer && action === 'publish') {
      await assertPublishable(strapi, params);
    }
    const affected =
      !isOffer && REFERENCE_INDEX_ACTIONS.has(action) && params.documentId
        ? await offersReferencing(strapi, uid, params.documentId)
        : [];
    const result = await next();
    if (isOffer && OFFER_INDEX_ACTIONS.has(action) && params.documentId) {
      await indexer().reindexOffers([params.documentId]);
    } else if (affected.length > 0) {
      await indexer().reindexOffers(affected);
    }
    return result;
  };
