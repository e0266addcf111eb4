/**
 * Public REST routes under `/api/teilhabe`. Reads only: the public role gets
 * `find`/`findOne`, and every read is pinned to published documents.
 */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/pages', handler: 'page.find', config: { policies: [] } },
    { method: 'GET', path: '/pages/:id', handler: 'page.findOne', config: { policies: [] } },
    {
      method: 'GET',
      path: '/life-situations',
      handler: 'life-situation.find',
      config: { policies: [] },
    },
    {
      method: 'GET',
      path: '/life-situations/:id',
      handler: 'life-situation.findOne',
      config: { policies: [] },
    },
    {
      method: 'GET',
      path: '/site-setting',
      handler: 'site-setting.find',
      config: { policies: [] },
    },
    // The integration service directory: published offers, German fallback.
    { method: 'GET', path: '/directory', handler: 'directory.find', config: { policies: [] } },
    {
      method: 'GET',
      path: '/directory/taxonomies',
      handler: 'directory.taxonomies',
      config: { policies: [] },
    },
    {
      method: 'GET',
      path: '/directory/offers/:slug',
      handler: 'directory.findOne',
      config: { policies: [] },
    },
  ],
};
