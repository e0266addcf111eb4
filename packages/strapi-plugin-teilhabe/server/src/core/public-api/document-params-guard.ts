import type { Core, Modules } from '@strapi/types';
import { errors, traverse } from '@strapi/utils';
import { isContentApiRequest, READ_ACTIONS } from '../published-only';

/** What a populated relation may ask for: everything, or some of its fields. */
const isShallowPopulateValue = (value: unknown): boolean =>
  value === true ||
  value === 'true' ||
  value === '*' ||
  (value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    Object.keys(value).every((key) => key === 'fields'));

/**
 * True when a populate parameter asks for more than the document's own
 * relations with their fields: a dotted path (`localizations.localizations`),
 * a nested `populate` or `on`, or `filters`/`sort` inside a populate (which
 * could reach further documents). Nesting multiplies the rows one request
 * reads, like nested GraphQL lists.
 */
export const isNestedPopulate = (populate: unknown): boolean => {
  if (populate === undefined || populate === null || populate === '*') {
    return false;
  }
  if (typeof populate === 'string') {
    return populate.split(',').some((path) => path.includes('.'));
  }
  if (Array.isArray(populate)) {
    return populate.some((item) => typeof item !== 'string' || isNestedPopulate(item));
  }
  if (typeof populate === 'object') {
    return !Object.values(populate).every(isShallowPopulateValue);
  }
  return true;
};

const leadsElsewhere = (key: string) => {
  throw new errors.ValidationError(
    `Filters and sorting can use the fields of this content only, not "${key}", which leads to other content.`,
    { key, path: [key] }
  );
};

/**
 * Throws when a filter or a sort reaches another document (a relation,
 * `localizations`, `createdBy`) anywhere in it, `$and`/`$or`/`$not` included.
 * Relation filters and sorts join the related rows whatever their publication
 * state, so a public filter through one would test the text of drafts, and a
 * sort through one would order by it.
 * @param strapi the Strapi instance (for the models)
 * @param uid the content type being read
 * @param params the read's `filters` and `sort`
 */
export const assertNoRelationPaths = async (
  strapi: Core.Strapi,
  uid: string,
  { filters, sort }: { filters?: unknown; sort?: unknown }
): Promise<void> => {
  const options = {
    schema: strapi.getModel(uid as never),
    getModel: (model: string) => strapi.getModel(model as never),
  };
  const visitor: Parameters<typeof traverse.traverseQueryFilters>[0] = ({ key, attribute }) => {
    if (attribute?.type === 'relation') {
      leadsElsewhere(key);
    }
  };
  if (filters && typeof filters === 'object') {
    await traverse.traverseQueryFilters(visitor, options, filters);
  }
  if (sort) {
    await traverse.traverseQuerySort(visitor, options, sort);
  }
};

/**
 * Throws when an operator's value cannot be answered: `$between` needs
 * exactly two values, and no text may hold U+0000 (PostgreSQL refuses it).
 * Strapi would pass both to the database and fail there.
 * @param filters the read's filters
 */
export const assertAnswerableValues = (filters: unknown): void => {
  const visit = (value: unknown, key?: string): void => {
    if (typeof value === 'string' && value.includes('\u0000')) {
      throw new errors.ValidationError('Filters cannot contain the character U+0000.');
    }
    if (key === '$between' && (!Array.isArray(value) || value.length !== 2)) {
      throw new errors.ValidationError('"$between" needs exactly two values.');
    }
    if (Array.isArray(value)) {
      value.forEach((item) => visit(item));
    } else if (value && typeof value === 'object') {
      Object.entries(value).forEach(([name, item]) => visit(item, name));
    }
  };
  visit(filters);
};

/**
 * A Document Service middleware for the public content API (REST and the
 * GraphQL root queries): refuses filters and sorts through relations and populate
 * deeper than one level, with a `ValidationError` (HTTP 400,
 * `BAD_USER_INPUT`) that names the parameter. Reads by editors in the admin
 * panel and the plugin's own reads are not touched.
 * @param strapi the Strapi instance
 */
export const publicParamsGuard =
  (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware =>
  async (context, next) => {
    if (
      context.uid.startsWith('plugin::teilhabe.') &&
      READ_ACTIONS.has(context.action) &&
      isContentApiRequest(strapi)
    ) {
      const params = context.params as { filters?: unknown; sort?: unknown; populate?: unknown };
      await assertNoRelationPaths(strapi, context.uid, params);
      assertAnswerableValues(params.filters);
      if (isNestedPopulate(params.populate)) {
        throw new errors.ValidationError(
          'Populate can include this content’s own relations only, one level deep.'
        );
      }
      try {
        return await next();
      } catch (error) {
        // Whatever else the query engine or the database refuses about a
        // public read is still the request's fault: a 400, never a 500 with
        // database internals. The reason goes to the server log only.
        if (error instanceof errors.ApplicationError) {
          throw error;
        }
        // Name and code only: a database message may quote the request's values.
        const { name, code } = (error ?? {}) as { name?: string; code?: string };
        strapi.log.warn(`[teilhabe] public read refused by the database: ${name} ${code ?? ''}`);
        throw new errors.ValidationError(
          'The query could not be answered: check its filters, sorting and paging.'
        );
      }
    }
    return next();
  };
