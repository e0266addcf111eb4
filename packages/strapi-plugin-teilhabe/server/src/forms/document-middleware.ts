import type { Core, Modules } from '@strapi/types';
import { isContentApiRequest } from '../core/published-only';
import { FORM_UIDS } from './constants';
import { assertPublishable, validateFormWrite, type FormRow } from './form-writes';
import { recordVersion } from './versions';

const HIDDEN_UIDS: ReadonlySet<string> = new Set(
  Object.values(FORM_UIDS).filter((uid) => uid !== FORM_UIDS.form)
);

type Params = { documentId?: string; data?: Record<string, unknown> };

/**
 * The Document Service middleware of forms. Every write of a form is
 * checked (definition, texts, caseworkers); a publish is refused with a
 * German message unless the form is complete, and once it is done, the
 * published form is frozen into a new version. The internal types
 * (versions, submissions and their parts) are written and read by the
 * domain with the query engine only: the Document Service refuses them for
 * any content-API request, a last layer behind the missing permissions and
 * the disabled shadow CRUD.
 * @param strapi the Strapi instance
 */
export const formsDocumentMiddleware =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    const uid = context.uid as string;
    if (HIDDEN_UIDS.has(uid) && isContentApiRequest(strapi)) {
      throw new Error(`${uid} is written and read by the forms domain only.`);
    }
    if (uid !== FORM_UIDS.form) {
      return next();
    }
    const params = context.params as Params;
    if ((context.action === 'create' || context.action === 'update') && params.data) {
      validateFormWrite(params.data);
    }
    if (context.action !== 'publish' || !params.documentId) {
      return next();
    }
    const draft = (await strapi
      .documents(FORM_UIDS.form)
      .findOne({ documentId: params.documentId, status: 'draft' })) as FormRow | null;
    const publishable = draft ? assertPublishable(draft) : null;
    const result = await next();
    if (publishable) {
      await recordVersion(strapi, publishable);
    }
    return result;
  };
