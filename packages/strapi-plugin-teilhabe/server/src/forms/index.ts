import { readRoute, type ControllerFactory, type Domain } from '../core/domain';
import { FORMS_LABELS } from './admin-labels';
import { FORM_UIDS } from './constants';
import formChoicesController from './choices/controller';
import { FORM_CHOICE_ROUTES } from './choices/routes';
import contentTypes from './content-types';
import controller from './controller';
import inboxController from './inbox/controller';
import { registerInboxActions } from './inbox/permissions';
import { INBOX_ROUTES } from './inbox/routes';
import inboxService from './inbox/service';
import { FORMS_CUSTOM_FIELDS } from './custom-fields';
import { formsDocumentMiddleware } from './document-middleware';
import { formsExtension, formsTypeDefs } from './graphql';
import notificationsService, { type FormsNotificationsService } from './notifications/service';
import { createRateLimiter, type FormsRateLimiter } from './rate-limit';
import readService from './read-service';
import { runRetention, scheduleRetention } from './retention';
import { formStatistics } from './statistics/report';
import { writeSampleCounts, type SampleCounts } from './statistics/sample-counts';
import statusService from './status';
import submissionsService from './submissions';
import { keepBodyParserOffUploads } from './uploads/body-parser';
import uploadsService from './uploads/service';

/** A public POST route without authentication: the action guards itself. */
const openPost = (path: string, handler: string) => ({
  method: 'POST' as const,
  path,
  handler,
  config: { auth: false as const, policies: [] },
});

/**
 * Multilingual forms: forms as content with immutable published versions,
 * encrypted submissions, the resident's status lookup and withdrawal, e-mail
 * notifications without answers, and deletion when the retention period
 * ends. Only the form is visible in the content manager; the other types
 * have no GraphQL, no REST and no permissions, and the Document Service
 * refuses them for the public.
 */
export const formsDomain: Domain = {
  adminLabels: FORMS_LABELS,
  contentTypes,
  customFields: FORMS_CUSTOM_FIELDS,
  controllers: {
    forms: controller as unknown as ControllerFactory,
    'forms-inbox': inboxController as unknown as ControllerFactory,
    'forms-choices': formChoicesController as unknown as ControllerFactory,
  },
  services: {
    forms: readService,
    submissions: submissionsService,
    'forms-uploads': uploadsService,
    'forms-status': statusService,
    'forms-inbox': inboxService,
    'forms-notifications': notificationsService,
    'forms-rate-limit': () => createRateLimiter(),
    // The published counts, and the demo seed's sample counts.
    'forms-statistics': ({ strapi }) => ({
      report: (slug: string, locale: string, now?: Date) =>
        formStatistics(strapi, slug, locale, now),
      writeSampleCounts: (slug: string, fieldKey: string, counts: SampleCounts) =>
        writeSampleCounts(strapi, slug, fieldKey, counts),
    }),
    // The scheduled job, also callable with a given time.
    'forms-retention': ({ strapi }) => ({ run: (now?: Date) => runRetention(strapi, now) }),
  },
  // The reads' routes also declare the permissions the GraphQL queries require.
  routes: [
    readRoute('/forms', 'forms.list'),
    readRoute('/forms/:slug', 'forms.findOne'),
    readRoute('/forms/:slug/statistics', 'forms.statistics'),
    openPost('/forms/:slug/submissions', 'forms.submit'),
    openPost('/forms/:slug/files', 'forms.upload'),
    openPost('/forms/status', 'forms.status'),
    openPost('/forms/withdraw', 'forms.withdraw'),
  ],
  adminRoutes: [...INBOX_ROUTES, ...FORM_CHOICE_ROUTES],
  withoutShadowCrud: Object.values(FORM_UIDS),
  graphql: formsExtension,
  plainTypeDefs: formsTypeDefs,
  register: (strapi) => {
    strapi.documents.use(formsDocumentMiddleware(strapi));
    keepBodyParserOffUploads(strapi);
  },
  bootstrap: async (strapi) => {
    await registerInboxActions(strapi);
    scheduleRetention(strapi);
    (
      strapi.plugin('teilhabe').service('forms-notifications') as FormsNotificationsService
    ).announce();
  },
  destroy: (strapi) => {
    (strapi.plugin('teilhabe').service('forms-rate-limit') as FormsRateLimiter).stop();
  },
};
