import { MapperKind, mapSchema, pruneSchema } from '@graphql-tools/utils';
import {
  getNamedType,
  isInputObjectType,
  type GraphQLFieldConfig,
  type GraphQLInputFieldConfig,
  type GraphQLSchema,
} from 'graphql';

/** Root queries the public may run: the plugin's own, nothing of other plugins. */
const isPublicQuery = (name: string): boolean => name.startsWith('teilhabe');

/** Logical operators of a filters input; they keep filtering the same document. */
const LOGICAL_FILTERS = new Set(['and', 'or', 'not']);

/**
 * A filter field that leads to another document (a relation or
 * `localizations`): Strapi's `…FiltersInput` types, as opposed to the
 * `…FilterInput` operators of a scalar. Through these a filter would match
 * draft rows of the related documents.
 */
const isRelationFilter = (name: string, config: GraphQLInputFieldConfig): boolean =>
  !LOGICAL_FILTERS.has(name) &&
  isInputObjectType(getNamedType(config.type)) &&
  getNamedType(config.type).name.endsWith('FiltersInput');

/**
 * `and`/`or`/`not` inside a scalar's operators (`title: { or: … }`): Strapi's
 * query engine refuses them ("undefined attribute level operator"), so they
 * are not offered; combining conditions works one level up.
 */
const isOperatorCombination = (name: string, typeName: string): boolean =>
  LOGICAL_FILTERS.has(name) && typeName.endsWith('FilterInput');

const withoutArgs = (
  config: GraphQLFieldConfig<unknown, unknown>,
  names: readonly string[]
): GraphQLFieldConfig<unknown, unknown> => ({
  ...config,
  args: Object.fromEntries(
    Object.entries(config.args ?? {}).filter(([name]) => !names.includes(name))
  ),
});

/**
 * The schema the public sees, made from the one Strapi builds:
 * - no mutations and no subscriptions at all (users-permissions' `register`
 *   and `login`, upload and review-workflow writes are gone with them);
 * - only the plugin's `teilhabe…` root queries (no `me`, no review
 *   workflows, no locales list);
 * - filters only on the document's own fields: no filter reaches another
 *   document, so a filter cannot test the text of drafts; no `and`/`or`/`not`
 *   inside a field's operators, which Strapi cannot answer;
 * - `localizations` without filters or sorting, and no `localizations_connection`
 *   (the portal asks for `localizations { locale }` only);
 * - every type nothing refers to any more is removed.
 * Resolvers stay as Strapi made them.
 * @param schema the schema built by Strapi's GraphQL plugin
 * @returns the public schema
 */
export const toPublicSchema = (schema: GraphQLSchema): GraphQLSchema =>
  pruneSchema(
    mapSchema(schema, {
      [MapperKind.MUTATION]: () => null,
      [MapperKind.SUBSCRIPTION]: () => null,
      [MapperKind.QUERY_ROOT_FIELD]: (config, name) => (isPublicQuery(name) ? config : null),
      [MapperKind.OBJECT_FIELD]: (config, name) => {
        if (name === 'localizations_connection') {
          return null;
        }
        return name === 'localizations' ? withoutArgs(config, ['filters', 'sort']) : config;
      },
      [MapperKind.INPUT_OBJECT_FIELD]: (config, name, typeName) =>
        isRelationFilter(name, config) || isOperatorCombination(name, typeName) ? null : config,
    })
  );

interface ContentApiService {
  buildSchema(): GraphQLSchema;
}

/**
 * Makes Strapi's GraphQL plugin serve {@link toPublicSchema}: its bootstrap
 * (and the schema export) call `content-api.buildSchema()`, so wrapping that
 * one method changes the served schema without forking the plugin. Runs in
 * `register()`, before the GraphQL plugin bootstraps.
 * @param contentApi the GraphQL plugin's `content-api` service
 */
export const servePublicSchema = (contentApi: ContentApiService): void => {
  const build = contentApi.buildSchema.bind(contentApi);
  contentApi.buildSchema = () => toPublicSchema(build());
};
