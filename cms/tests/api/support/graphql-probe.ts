import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLSchema,
} from 'graphql';

/** The committed public schema; `schema-artifact.test.api.ts` keeps it equal to the running one. */
export const SCHEMA_FILE = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  '..',
  'packages',
  'graphql',
  'schema.graphql'
);

/**
 * The public GraphQL schema as the unauthenticated role sees it, read from
 * the committed artifact: the cms answers no introspection outside development.
 */
export const publicSchema = (): GraphQLSchema => buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));

/** One generated request: a query document and a label for failure messages. */
export interface ProbeQuery {
  label: string;
  query: string;
}

/** Values tried for arguments that could reach a draft. */
export interface ProbeValues {
  /** Document ids, for every field or (a function) per query field. */
  documentIds: string[] | ((field: string) => string[]);
  locales: string[];
  /**
   * Values for further arguments by name, e.g. draft slugs for `slug` and a
   * marker for `search`. An argument the field requires is always filled;
   * an optional one is tried without and with each value.
   */
  args?: Record<string, string[]>;
}

const MAX_DEPTH = 3;

const literal = (value: string) => JSON.stringify(value);

/** Argument strings to try on a nested field: every status it accepts. */
const nestedArgs = (field: GraphQLField<unknown, unknown>): string => {
  const status = field.args.find((arg) => arg.name === 'status');
  return status ? '(status: DRAFT)' : '';
};

const isRequired = (arg: GraphQLField<unknown, unknown>['args'][number]) =>
  isNonNullType(arg.type) && arg.defaultValue === undefined;

const hasRequiredArgs = (field: GraphQLField<unknown, unknown>) => field.args.some(isRequired);

/**
 * A selection set with every field reachable to `depth`: scalars, and
 * relations and connections, each asked for drafts where it takes `status`.
 */
export const selectionSet = (
  type: ReturnType<typeof getNamedType>,
  depth = 0
): string | undefined => {
  if (isLeafType(type)) {
    return '';
  }
  if (!isObjectType(type) || depth >= MAX_DEPTH) {
    return undefined;
  }
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (hasRequiredArgs(field)) {
      continue;
    }
    const inner = selectionSet(getNamedType(field.type), depth + 1);
    if (inner === undefined) {
      continue;
    }
    parts.push(
      inner === ''
        ? `${field.name}${nestedArgs(field)}`
        : `${field.name}${nestedArgs(field)} { ${inner} }`
    );
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
};

type ArgSet = Record<string, string>;

/**
 * Argument sets that ask for drafts or for draft state, each applied where
 * the field takes those arguments: no status, either status, every
 * publication filter with drafts, and the legacy `hasPublishedVersion`.
 */
const draftArgSets = (field: GraphQLField<unknown, unknown>): ArgSet[] => {
  const sets: ArgSet[] = [
    {},
    { status: 'DRAFT' },
    { status: 'PUBLISHED' },
    { publicationState: 'PREVIEW' },
  ];
  const filter = field.args.find((arg) => arg.name === 'publicationFilter');
  const filterType = filter && getNamedType(filter.type);
  if (filterType && isEnumType(filterType)) {
    for (const value of filterType.getValues()) {
      sets.push({ status: 'DRAFT', publicationFilter: value.name });
    }
  }
  sets.push({ hasPublishedVersion: 'false' }, { status: 'DRAFT', hasPublishedVersion: 'false' });
  return sets;
};

/** Argument sets with the further values of {@link ProbeValues.args} the field takes. */
const extraArgSets = (field: GraphQLField<unknown, unknown>, values: ProbeValues): ArgSet[] => {
  let sets: ArgSet[] = [{}];
  for (const arg of field.args) {
    const candidates = values.args?.[arg.name];
    if (!candidates) {
      continue;
    }
    const filled = sets.flatMap((set) =>
      candidates.map((value) => ({ ...set, [arg.name]: literal(value) }))
    );
    sets = isRequired(arg) ? filled : [...sets, ...filled];
  }
  return sets;
};

const idsFor = (field: GraphQLField<unknown, unknown>, values: ProbeValues): string[] =>
  typeof values.documentIds === 'function' ? values.documentIds(field.name) : values.documentIds;

/**
 * Argument sets that aim at the draft documents: each locale, each
 * document id either as the required `documentId` or as a filter, and the
 * further values (slugs, search terms).
 */
const targetArgSets = (
  field: GraphQLField<unknown, unknown>,
  values: ProbeValues
): ArgSet[] | undefined => {
  const locale = field.args.find((arg) => arg.name === 'locale');
  const locales = values.locales.map((code) => ({ locale: literal(code) }));
  const localeOnly: ArgSet[] = !locale ? [{}] : isRequired(locale) ? locales : [{}, ...locales];
  const extras = extraArgSets(field, values);
  const localeSets = localeOnly.flatMap((set) => extras.map((extra) => ({ ...set, ...extra })));
  const documentId = field.args.find((arg) => arg.name === 'documentId');
  if (documentId && isNonNullType(documentId.type)) {
    return idsFor(field, values).flatMap((id) =>
      localeSets.map((set) => ({ ...set, documentId: literal(id) }))
    );
  }
  const filters = field.args.find((arg) => arg.name === 'filters');
  const filtersType = filters && getNamedType(filters.type);
  const filterSets =
    filtersType && isInputObjectType(filtersType) && 'documentId' in filtersType.getFields()
      ? idsFor(field, values).map((id) => ({ filters: `{ documentId: { eq: ${literal(id)} } }` }))
      : [];
  return [...localeSets, ...filterSets];
};

const KNOWN = new Set([
  'status',
  'publicationFilter',
  'publicationState',
  'hasPublishedVersion',
  'locale',
  'documentId',
  'filters',
]);

/**
 * Every query of the public schema, with every argument set that could reach
 * a draft, aimed at each draft document, selecting everything reachable from
 * its result. Arguments a field does not take are left out.
 * @param schema the schema as the public role sees it
 * @param values document ids and locales to use for arguments
 */
export const probeQueries = (schema: GraphQLSchema, values: ProbeValues): ProbeQuery[] => {
  const queryType = schema.getQueryType();
  if (!queryType) {
    return [];
  }
  const queries: ProbeQuery[] = [];
  for (const field of Object.values(queryType.getFields())) {
    const selection = selectionSet(getNamedType(getNullableType(field.type)));
    const unfillable = field.args.some(
      (arg) => isRequired(arg) && !KNOWN.has(arg.name) && !values.args?.[arg.name]
    );
    const targets = targetArgSets(field, values);
    if (selection === undefined || unfillable || !targets) {
      continue;
    }
    const accepted = new Set(field.args.map((arg) => arg.name));
    const seen = new Set<string>();
    for (const draftArgs of draftArgSets(field)) {
      for (const target of targets) {
        const args = Object.entries({ ...draftArgs, ...target })
          .filter(([name]) => accepted.has(name))
          .map(([name, value]) => `${name}: ${value}`);
        const argString = args.length > 0 ? `(${args.join(', ')})` : '';
        if (seen.has(argString)) {
          continue;
        }
        seen.add(argString);
        const body = selection === '' ? '' : ` { ${selection} }`;
        queries.push({
          label: `${field.name}${argString}`,
          query: `{ ${field.name}${argString}${body} }`,
        });
      }
    }
  }
  return queries;
};

/** A filter input passed through on the way to a field: `and`, `or`, `not` or a relation. */
export interface FilterHop {
  name: string;
  /** The hop takes a list (`and: [{ … }]`). */
  list: boolean;
}

/** One filterable path with one operator, e.g. `localizations.title.containsi`. */
export interface FilterTemplate {
  /** The query field whose `filters` argument is walked. */
  query: string;
  hops: FilterHop[];
  field: string;
  operator: string;
  /** The named type of the operator's value: `String`, `Boolean`, `DateTime` … */
  valueType: string;
  /** The operator takes a list (`in`, `between` …). */
  list: boolean;
}

/** Filter inputs that combine conditions instead of following a relation. */
export const LOGICAL_HOPS = new Set(['and', 'or', 'not']);

/** An operator input (`StringFilterInput`): leaves only, or itself (`not`). */
const isOperatorInput = (type: GraphQLInputObjectType): boolean =>
  Object.values(type.getFields()).every((field) => {
    const named = getNamedType(field.type);
    return isLeafType(named) || named === type;
  });

const operatorsOf = (
  type: GraphQLInputObjectType
): Array<Pick<FilterTemplate, 'operator' | 'valueType' | 'list'>> =>
  Object.values(type.getFields()).flatMap((field) => {
    const named = getNamedType(field.type);
    // An operator's own `not` repeats the operators; the `not` filter input covers negation.
    return named === type
      ? []
      : [
          {
            operator: field.name,
            valueType: named.name,
            list: isListType(getNullableType(field.type)),
          },
        ];
  });

/**
 * Every filterable path of every query's `filters` argument: each scalar
 * field with each of its operators, reached directly and through every
 * input that is itself a filters input (relations such as `localizations`,
 * and `and`/`or`/`not`), up to `maxHops` of those. Two logical hops in a row
 * (`and.or`) say nothing new and are left out. Query fields sharing one
 * filters type (a list and its `_connection`) are walked once, under the first.
 * @param schema the public schema
 * @param options.maxHops how many filter inputs a path may pass through
 * @param options.queries which query fields to walk (all by default)
 */
export const filterTemplates = (
  schema: GraphQLSchema,
  {
    maxHops = 2,
    queries = () => true,
  }: { maxHops?: number; queries?: (name: string) => boolean } = {}
): FilterTemplate[] => {
  const templates: FilterTemplate[] = [];
  const walked = new Set<string>();
  const walk = (query: string, type: GraphQLInputObjectType, hops: FilterHop[]) => {
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (!isInputObjectType(named)) {
        continue;
      }
      if (isOperatorInput(named)) {
        for (const operator of operatorsOf(named)) {
          templates.push({ query, hops, field: field.name, ...operator });
        }
        continue;
      }
      const last = hops.at(-1);
      if (
        hops.length >= maxHops ||
        (last && LOGICAL_HOPS.has(last.name) && LOGICAL_HOPS.has(field.name))
      ) {
        continue;
      }
      walk(query, named, [
        ...hops,
        { name: field.name, list: isListType(getNullableType(field.type)) },
      ]);
    }
  };
  for (const field of Object.values(schema.getQueryType()?.getFields() ?? {})) {
    const filters = field.args.find((arg) => arg.name === 'filters');
    const type = filters && getNamedType(filters.type);
    if (type && isInputObjectType(type) && !walked.has(type.name) && queries(field.name)) {
      walked.add(type.name);
      walk(field.name, type, []);
    }
  }
  return templates;
};

/** `localizations.title.not.eq`, for labels. */
export const templatePath = (template: FilterTemplate): string =>
  [
    ...template.hops.map((hop) => (hop.list ? `${hop.name}[]` : hop.name)),
    template.field,
    template.operator,
  ].join('.');

/** The `filters` value of a template with one operator value, as a plain object. */
export const filterObject = (template: FilterTemplate, value: unknown): Record<string, unknown> => {
  let inner: unknown = { [template.field]: { [template.operator]: value } };
  for (const hop of [...template.hops].reverse()) {
    inner = { [hop.name]: hop.list ? [inner] : inner };
  }
  return inner as Record<string, unknown>;
};

/** A GraphQL literal of plain JSON data: object keys unquoted, strings as JSON strings. */
export const graphqlLiteral = (value: unknown): string => {
  if (Array.isArray(value)) {
    return `[${value.map(graphqlLiteral).join(', ')}]`;
  }
  if (value && typeof value === 'object') {
    const fields = Object.entries(value).map(([key, inner]) => `${key}: ${graphqlLiteral(inner)}`);
    return `{ ${fields.join(', ')} }`;
  }
  return JSON.stringify(value);
};

/**
 * The REST query string of a template with one operator value, in Strapi's
 * bracket syntax: `filters[$and][0][localizations][title][$containsi]=x`.
 */
export const restFilterQuery = (template: FilterTemplate, value: unknown): string => {
  const keys = [
    ...template.hops.flatMap((hop) => {
      const key = LOGICAL_HOPS.has(hop.name) ? `$${hop.name}` : hop.name;
      return hop.list ? [key, '0'] : [key];
    }),
    template.field,
    `$${template.operator}`,
  ];
  const head = `filters${keys.map((key) => `[${key}]`).join('')}`;
  const values = Array.isArray(value) ? value : [value];
  return values
    .map((item, index) =>
      Array.isArray(value)
        ? `${head}[${index}]=${encodeURIComponent(String(item))}`
        : `${head}=${encodeURIComponent(String(item))}`
    )
    .join('&');
};
