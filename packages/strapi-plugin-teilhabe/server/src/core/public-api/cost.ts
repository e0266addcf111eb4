import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { LOCALIZATIONS_LIST_SIZE } from './limits';

/** Page sizes the GraphQL plugin applies to lists that take `pagination`. */
export interface PageSizes {
  defaultLimit: number;
  maxLimit: number;
}

/** One database round trip: a root query or a relation read per parent item. */
export const QUERY_COST = 50;
/** A list the schema does not bound (e.g. an offer's contacts) counts as this many items. */
export const UNBOUNDED_LIST_SIZE = 10;
/** The directory's page size when the request gives none, and its maximum. */
const DIRECTORY_PAGE_SIZE = { defaultLimit: 20, maxLimit: 50 };

type Args = Record<string, unknown>;

const clampSize = (raw: unknown, { defaultLimit, maxLimit }: PageSizes): number => {
  if (raw === undefined || raw === null) {
    return defaultLimit;
  }
  const size = Number(raw);
  // Strapi reads a limit of -1 (or any non-positive one) as "as many as allowed".
  if (!Number.isFinite(size) || size < 1) {
    return maxLimit;
  }
  return Math.min(Math.ceil(size), maxLimit);
};

const paginationSize = (args: Args, sizes: PageSizes): number => {
  const pagination = args.pagination as { limit?: unknown; pageSize?: unknown } | undefined;
  return clampSize(pagination?.limit ?? pagination?.pageSize, sizes);
};

/**
 * The cost model of the public API, as a graphql-query-complexity estimator.
 * A field's cost is what it makes the CMS do: a scalar costs 1, an object 1
 * plus its selection, and a list multiplies its selection by the number of
 * items it can hold: `pagination.limit` (or the default page size) for
 * Strapi's lists, `pageSize` for the directory, one per locale for
 * `localizations`, {@link UNBOUNDED_LIST_SIZE} for other lists. Fields that
 * read the database (root queries, `localizations`) add {@link QUERY_COST}.
 * Nesting therefore multiplies: `localizations` three deep costs 7³ times
 * its selection, which depth limits alone do not see.
 * @param pageSizes the GraphQL plugin's `defaultLimit` and `maxLimit`
 */
export const publicCostEstimator =
  (pageSizes: PageSizes): ComplexityEstimator =>
  ({ field, args, childComplexity, type }) => {
    const returned = getNullableType(field.type);
    if (isLeafType(getNamedType(returned))) {
      return 1;
    }
    const isRoot = type.name === 'Query';
    const base = isRoot ? QUERY_COST : 1;
    if (isRoot && field.name === 'teilhabeDirectory') {
      // The page's offers are one level down and cannot see `pageSize`:
      // the whole result counts once per offer.
      return base + clampSize(args.pageSize, DIRECTORY_PAGE_SIZE) * childComplexity;
    }
    if (field.name === 'localizations') {
      return QUERY_COST + LOCALIZATIONS_LIST_SIZE * (1 + childComplexity);
    }
    if ('pagination' in args || field.args.some((arg) => arg.name === 'pagination')) {
      return base + paginationSize(args, pageSizes) * (1 + childComplexity);
    }
    if (isListType(returned)) {
      // A connection's nodes and the directory's offers are already counted
      // by the pagination one level up.
      const paged =
        field.name === 'nodes' ||
        (type.name === 'TeilhabeDirectoryResult' && field.name === 'offers');
      const size = paged ? 1 : UNBOUNDED_LIST_SIZE;
      return base + size * (1 + childComplexity);
    }
    return base + childComplexity;
  };

/**
 * The estimated cost of one operation under {@link publicCostEstimator}.
 * @param schema the public schema
 * @param document the parsed and validated operation document
 * @param pageSizes the GraphQL plugin's page sizes
 * @param variables the request's variables
 * @param operationName the operation to run, where the document has several
 * @throws GraphQLError (`BAD_USER_INPUT`) when the variables do not fit the operation
 */
export const operationCost = (
  schema: GraphQLSchema,
  document: DocumentNode,
  pageSizes: PageSizes,
  variables: Record<string, unknown> = {},
  operationName?: string
): number => {
  try {
    return getComplexity({
      schema,
      query: document,
      variables,
      operationName,
      estimators: [publicCostEstimator(pageSizes)],
    });
  } catch (error) {
    // Variables that do not coerce: graphql-js would refuse them a step later.
    throw new GraphQLError(error instanceof Error ? error.message : 'Invalid variables.', {
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
};

/**
 * An Apollo Server plugin that refuses an operation whose estimated cost is
 * above `maxCost`, before anything is read: HTTP 400 with code
 * `QUERY_TOO_COSTLY` and a message naming the limit.
 * @param maxCost the highest cost one operation may have
 * @param pageSizes the GraphQL plugin's page sizes
 */
export const costLimitPlugin = (maxCost: number, pageSizes: PageSizes) => ({
  async requestDidStart() {
    return {
      async didResolveOperation({
        request,
        document,
        schema,
      }: {
        request: { variables?: Record<string, unknown>; operationName?: string | null };
        document: DocumentNode;
        schema: GraphQLSchema;
      }) {
        const cost = operationCost(
          schema,
          document,
          pageSizes,
          request.variables ?? {},
          request.operationName ?? undefined
        );
        if (cost > maxCost) {
          throw new GraphQLError(
            `The query is too costly: estimated cost ${cost}, the limit is ${maxCost}. Ask for fewer items or less nesting.`,
            { extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost, http: { status: 400 } } }
          );
        }
      },
    };
  },
});
