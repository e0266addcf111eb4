import { readRoute, type ControllerFactory, type Domain } from '../core/domain';
import { guardedController } from '../core/public-api/guarded-controller';
import { CONCEPT_LABELS, CONCEPT_OPTIONS } from './admin-labels';
import { CONCEPT_UIDS } from './constants';
import contentTypes from './content-types';
import controller from './controller';
import { conceptDocumentMiddleware } from './document-middleware';
import { conceptExtension } from './graphql';
import { conceptTypeDefs } from './graphql/types';
import service from './service';

/**
 * The integration concept as a living document: editions and their nested
 * chapters, fields of action with goals, measures with status, progress and
 * milestones, the participation events they came from, and an immutable
 * revision of every publish of a chapter or measure. Structure is shared by
 * all locales and read from German; only texts are translated. Read by the
 * public through its own queries only (no generated GraphQL queries).
 * Chapter feedback, the discrimination report counts and the glossary are
 * separate parts that build on these types.
 */
export const conceptDomain: Domain = {
  adminLabels: CONCEPT_LABELS,
  adminOptions: CONCEPT_OPTIONS,
  contentTypes,
  controllers: { concept: guardedController(controller as unknown as ControllerFactory) },
  services: { concept: service },
  routes: [readRoute('/concept', 'concept.find')],
  withoutShadowCrud: Object.values(CONCEPT_UIDS),
  graphql: conceptExtension,
  plainTypeDefs: conceptTypeDefs,
  register: (strapi) => {
    strapi.documents.use(conceptDocumentMiddleware(strapi));
  },
};
