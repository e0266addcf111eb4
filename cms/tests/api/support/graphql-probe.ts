import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';

/** One generated request: a query document and a label for failure messages. */
export interface ProbeQuery {
  label: string;
  query: string;
}

/** Values tried for arguments that could reach a draft. */
export interface ProbeValues {
  documentIds: string[];
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
    return values.documentIds.flatMap((id) =>
      localeSets.map((set) => ({ ...set, documentId: literal(id) }))
    );
  }
  const filters = field.args.find((arg) => arg.name === 'filters');
  const filtersType = filters && getNamedType(filters.type);
  const filterSets =
    filtersType && isInputObjectType(filtersType) && 'documentId' in filtersType.getFields()
      ? values.documentIds.map((id) => ({ filters: `{ documentId: { eq: ${literal(id)} } }` }))
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
