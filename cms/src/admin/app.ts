import type { StrapiApp } from '@strapi/strapi/admin';

/** The admin panel speaks German (the editors' language) and English. */
export default {
  config: {
    locales: ['de'],
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
