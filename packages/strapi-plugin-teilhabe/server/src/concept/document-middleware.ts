import type { Core, Modules } from '@strapi/types';
import { CONCEPT_UIDS, isConceptUid, isRevisedUid } from './constants';
import {
  assertChangeNotes,
  assertRevisionUntouched,
  publishedLocales,
  storeRevisions,
} from './revisions';
import { prepareConceptWrite } from './writes';

type Params = { documentId?: string; locale?: string | string[]; data?: Record<string, unknown> };

/**
 * The Document Service middleware of the concept. Before a write: derives
 * slugs and keeps German the source of shared structure. On a publish of a
 * chapter or measure: refuses it without a new change note in every locale
 * published, and afterwards stores one revision per locale. Revisions
 * themselves can never be changed or deleted.
 * @param strapi the Strapi instance
 */
export const conceptDocumentMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const uid = context.uid as string;
    if (!isConceptUid(uid)) {
      return next();
    }
    const { action } = context;
    if (uid === CONCEPT_UIDS.revision) {
      assertRevisionUntouched(action);
      return next();
    }
    const params = context.params as Params;
    if ((action === 'create' || action === 'update') && params.data) {
      await prepareConceptWrite(strapi, uid, action, params);
    }
    if (action !== 'publish' || !isRevisedUid(uid) || !params.documentId) {
      return next();
    }
    const locales = await publishedLocales(strapi, uid, params);
    await assertChangeNotes(strapi, uid, params.documentId, locales);
    const result = await next();
    await storeRevisions(strapi, uid, params.documentId, locales);
    return result;
  };
