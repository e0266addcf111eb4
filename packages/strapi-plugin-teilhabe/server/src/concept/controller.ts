import type { Core } from '@strapi/types';
import type { ConceptService } from './service';

type Query = Record<string, unknown>;

/**
 * Public REST access to the concept's table of contents, the same service
 * as GraphQL: `GET /api/teilhabe/concept?locale=de&edition=…`. Its action is
 * the permission every concept query requires.
 */
const concept = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: { query: Query; body: unknown }) {
    const text = (value: unknown) => (value === undefined ? undefined : String(value));
    ctx.body = await (strapi.plugin('teilhabe').service('concept') as ConceptService).concept({
      locale: text(ctx.query.locale) ?? '',
      edition: text(ctx.query.edition),
    });
  },
});

export default concept;
