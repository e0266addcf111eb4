import type { Core } from '@strapi/types';
import type { DirectoryArgs } from './query-input';
import type { DirectoryService } from './service';

type Query = Record<string, unknown>;

const list = (value: unknown): string[] | undefined => {
  if (value === undefined || value === '') {
    return undefined;
  }
  const values = Array.isArray(value) ? value.map(String) : String(value).split(',');
  return values.map((item) => item.trim()).filter(Boolean);
};

const text = (value: unknown): string | undefined =>
  value === undefined ? undefined : String(value);

const number = (value: unknown): number | undefined =>
  value === undefined || value === '' ? undefined : Number(value);

const flag = (value: unknown): boolean | undefined =>
  value === undefined || value === '' ? undefined : value === 'true' || value === true;

/**
 * REST arguments in the shape of the GraphQL query: lists as repeated or
 * comma-separated parameters, numbers and flags from text. Validation is
 * the service's.
 * @param query the parsed query string
 */
export const directoryArgsFromQuery = (query: Query): DirectoryArgs => ({
  locale: text(query.locale) ?? '',
  search: text(query.search),
  category: text(query.category),
  districts: list(query.districts),
  languages: list(query.languages),
  targetGroups: list(query.targetGroups),
  cost: text(query.cost) as DirectoryArgs['cost'],
  accessibility: list(query.accessibility) as DirectoryArgs['accessibility'],
  levels: list(query.levels) as DirectoryArgs['levels'],
  courseTypes: list(query.courseTypes),
  childcareDuringCourse: flag(query.childcareDuringCourse),
  womenOnly: flag(query.womenOnly),
  startsWithinWeeks: number(query.startsWithinWeeks),
  page: number(query.page),
  pageSize: number(query.pageSize),
});

/**
 * Public REST access to the directory, the same service as GraphQL:
 * `GET /api/teilhabe/directory`, `/directory/offers/:slug`, `/directory/taxonomies`.
 * Its actions are the permissions the GraphQL queries require too.
 */
const directory = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => strapi.plugin('teilhabe').service('directory') as DirectoryService;
  return {
    async find(ctx: { query: Query; body: unknown }) {
      ctx.body = await service().find(directoryArgsFromQuery(ctx.query));
    },
    async findOne(ctx: {
      query: Query;
      params: { slug: string };
      body: unknown;
      notFound: (message?: string) => void;
    }) {
      const result = await service().offerBySlug({
        locale: text(ctx.query.locale) ?? '',
        slug: ctx.params.slug,
      });
      if (!result) {
        return ctx.notFound('No published offer has this slug.');
      }
      ctx.body = result;
    },
    async taxonomies(ctx: { query: Query; body: unknown }) {
      ctx.body = await service().taxonomies(text(ctx.query.locale) ?? '');
    },
  };
};

export default directory;
