import { factories } from '@strapi/strapi';
import { EDITORIAL_LABELS, EDITORIAL_OPTIONS } from './admin-labels';
import { readRoute, type Domain } from '../core/domain';
import { guardedController } from '../core/public-api/guarded-controller';
import glossaryTerm from './content-types/glossary-term';
import lifeSituation from './content-types/life-situation';
import page from './content-types/page';
import siteSetting from './content-types/site-setting';

const UIDS = {
  page: 'plugin::teilhabe.page',
  lifeSituation: 'plugin::teilhabe.life-situation',
  siteSetting: 'plugin::teilhabe.site-setting',
  glossaryTerm: 'plugin::teilhabe.glossary-term',
} as const;

/**
 * Editorial content: CMS pages (imprint, privacy, accessibility statement),
 * the home page's life situations, the site settings and the glossary of
 * the integration concept. Read by the public
 * through Strapi's generated GraphQL queries and core REST controllers,
 * pinned to published content by the core.
 */
export const editorialDomain: Domain = {
  adminLabels: EDITORIAL_LABELS,
  adminOptions: EDITORIAL_OPTIONS,
  contentTypes: {
    page,
    'life-situation': lifeSituation,
    'site-setting': siteSetting,
    'glossary-term': glossaryTerm,
  },
  controllers: {
    page: guardedController(factories.createCoreController(UIDS.page)),
    'life-situation': guardedController(factories.createCoreController(UIDS.lifeSituation)),
    'site-setting': guardedController(factories.createCoreController(UIDS.siteSetting)),
    'glossary-term': guardedController(factories.createCoreController(UIDS.glossaryTerm)),
  },
  services: {
    page: factories.createCoreService(UIDS.page),
    'life-situation': factories.createCoreService(UIDS.lifeSituation),
    'site-setting': factories.createCoreService(UIDS.siteSetting),
    'glossary-term': factories.createCoreService(UIDS.glossaryTerm),
  },
  routes: [
    readRoute('/pages', 'page.find'),
    readRoute('/pages/:id', 'page.findOne'),
    readRoute('/life-situations', 'life-situation.find'),
    readRoute('/life-situations/:id', 'life-situation.findOne'),
    readRoute('/site-setting', 'site-setting.find'),
    readRoute('/glossary-terms', 'glossary-term.find'),
    readRoute('/glossary-terms/:id', 'glossary-term.findOne'),
  ],
};
