import { LOCALE_CODES } from '@teilhabe/locales';
import fc from 'fast-check';
import {
  astFromValue,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  print,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { fuzzInteger, fuzzJson, fuzzName, fuzzText } from './fuzz-values';

/** How an argument value reaches the server. */
type ArgMode = 'inline' | 'variable' | 'wrong type';

interface GeneratedArg {
  name: string;
  type: GraphQLInputType;
  value: unknown;
  mode: ArgMode;
  /** Sent instead of `value` in `wrong type` mode. */
  wrong: unknown;
}

/** One field of a generated selection, before it is printed. */
export interface GeneratedField {
  name: string;
  alias?: string;
  args: GeneratedArg[];
  children?: GeneratedField[];
  /** `@include(if: …)` or `@skip(if: …)`. */
  directive?: { name: 'include' | 'skip'; value: boolean; variable: boolean };
}

/** A GraphQL request body. */
export interface GraphqlOperation {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

/** Bounds of generated selections. */
export interface SelectionShape {
  /** Fields per selection set. */
  width: number;
  /** Nesting of selection sets below the root field. */
  depth: number;
  /** Nesting of input objects (filters inside filters). */
  inputDepth: number;
}

/** Up to how long a generated text may be: huge for an argument, short inside lists. */
const HUGE = 60_000;

/** Builds a value once per key: arbitraries are looked up for every sample. */
const cached = <K extends string | number, V>(build: (key: K) => V) => {
  const cache = new Map<K, V>();
  return (key: K): V => {
    if (!cache.has(key)) {
      cache.set(key, build(key));
    }
    return cache.get(key)!;
  };
};

/** The same, per schema object and key. */
const cachedPer = <O extends object, V>() => {
  const cache = new WeakMap<O, Map<string, V>>();
  return (owner: O, key: string, build: () => V): V => {
    let entries = cache.get(owner);
    if (!entries) {
      entries = new Map();
      cache.set(owner, entries);
    }
    if (!entries.has(key)) {
      entries.set(key, build());
    }
    return entries.get(key)!;
  };
};

const shapeKey = (shape: SelectionShape, depth: number) =>
  `${shape.width} ${shape.depth} ${shape.inputDepth} ${depth}`;

const fieldArbitraries = cachedPer<object, fc.Arbitrary<GeneratedField | undefined>>();
const selectionArbitraries = cachedPer<object, fc.Arbitrary<GeneratedField[]>>();

const texts = cached((huge: number) => fuzzText(huge));
const jsonValue = fuzzJson();

const scalarValue = (name: string, huge: number): fc.Arbitrary<unknown> => {
  switch (name) {
    case 'Int':
    case 'Long':
      return fuzzInteger();
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fuzzInteger());
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return fc.oneof(
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
          .map((date) => date.toISOString()),
        texts(0)
      );
    case 'Date':
      return fc.oneof(
        fc
          .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
          .map((date) => date.toISOString().slice(0, 10)),
        texts(0)
      );
    case 'I18NLocaleCode':
      return fc.constantFrom(...LOCALE_CODES, 'xx', '*', 'all', 'de-DE', '');
    case 'JSON':
      return jsonValue;
    default:
      return texts(huge);
  }
};

/**
 * Values of an input type: valid in shape (enums from the schema, input
 * objects with some of their fields, nested to `depth`), arbitrary in
 * content, sometimes null.
 */
const inputValues = new Map<string, fc.Arbitrary<unknown>>();

export const inputValue = (
  type: GraphQLInputType,
  depth: number,
  huge = HUGE
): fc.Arbitrary<unknown> => {
  const key = `${String(type)} ${depth} ${huge}`;
  if (!inputValues.has(key)) {
    inputValues.set(key, buildInputValue(type, depth, huge));
  }
  return inputValues.get(key)!;
};

const buildInputValue = (
  type: GraphQLInputType,
  depth: number,
  huge: number
): fc.Arbitrary<unknown> => {
  if (isNonNullType(type)) {
    return inputValue(type.ofType, depth, huge);
  }
  const inner = ((): fc.Arbitrary<unknown> => {
    if (isListType(type)) {
      const item = inputValue(type.ofType, depth, 0);
      return fc.oneof(
        { weight: 6, arbitrary: fc.array(item, { maxLength: 4 }) },
        { weight: 1, arbitrary: fc.array(item, { minLength: 20, maxLength: 120 }) },
        // A single value where a list is expected (GraphQL coerces it).
        { weight: 1, arbitrary: item }
      );
    }
    if (isEnumType(type)) {
      return fc.constantFrom(...type.getValues().map((value) => value.name));
    }
    if (isInputObjectType(type)) {
      const fields = Object.values(type.getFields());
      if (depth <= 0) {
        return fc.constant({});
      }
      const required = fields.filter((field) => isNonNullType(field.type));
      const optional = fields.filter((field) => !isNonNullType(field.type));
      return fc
        .subarray(optional, { maxLength: Math.min(3, optional.length) })
        .chain((chosen) =>
          fc.tuple(
            ...[...required, ...chosen].map((field) =>
              inputValue(field.type, depth - 1, huge).map((value) => [field.name, value] as const)
            )
          )
        )
        .map((entries) => Object.fromEntries(entries));
    }
    return scalarValue(type.name, huge);
  })();
  return fc.option(inner, { freq: 12, nil: null });
};

const generatedArg = (arg: GraphQLArgument, inputDepth: number): fc.Arbitrary<GeneratedArg> =>
  fc.record({
    name: fc.constant(arg.name),
    type: fc.constant(arg.type),
    value: inputValue(arg.type, inputDepth),
    mode: fc.constantFrom<ArgMode>('inline', 'inline', 'variable', 'variable', 'wrong type'),
    wrong: jsonValue,
  });

const generatedArgs = (
  args: readonly GraphQLArgument[],
  inputDepth: number
): fc.Arbitrary<GeneratedArg[]> =>
  fc
    .tuple(
      ...args.map((arg) =>
        isNonNullType(arg.type) && arg.defaultValue === undefined
          ? generatedArg(arg, inputDepth)
          : fc.option(generatedArg(arg, inputDepth), { freq: 2, nil: undefined })
      )
    )
    .map((chosen) => chosen.filter((arg): arg is GeneratedArg => arg !== undefined));

const aliasName = fc.stringMatching(/^[a-z][a-zA-Z0-9]{0,6}$/);
const operationName = fc.stringMatching(/^[A-Z][a-zA-Z]{0,8}$/);

const directive = fc.option(
  fc.record({
    name: fc.constantFrom<'include' | 'skip'>('include', 'skip'),
    value: fc.boolean(),
    variable: fc.boolean(),
  }),
  { freq: 6, nil: undefined }
);

/**
 * A field of `type` with arguments, an optional alias and directive, and a
 * selection set of its own while `depth` lasts; undefined when an object
 * field cannot be expanded any further.
 */
const generatedField = (
  field: GraphQLField<unknown, unknown>,
  shape: SelectionShape,
  depth: number
): fc.Arbitrary<GeneratedField | undefined> =>
  fieldArbitraries(field, shapeKey(shape, depth), () => buildField(field, shape, depth));

const buildField = (
  field: GraphQLField<unknown, unknown>,
  shape: SelectionShape,
  depth: number
): fc.Arbitrary<GeneratedField | undefined> => {
  const named = getNamedType(field.type);
  if (!isLeafType(named) && !(isObjectType(named) && depth < shape.depth)) {
    return fc.constant(undefined);
  }
  return fc.record({
    name: fc.constant(field.name),
    alias: fc.option(aliasName, { freq: 4, nil: undefined }),
    args: generatedArgs(field.args, shape.inputDepth),
    children: isObjectType(named) ? selection(named, shape, depth + 1) : fc.constant(undefined),
    directive,
  });
};

/** A selection set of `type`: some of its fields, repeated fields possible. */
export const selection = (
  type: GraphQLObjectType,
  shape: SelectionShape,
  depth = 0
): fc.Arbitrary<GeneratedField[]> =>
  selectionArbitraries(type, shapeKey(shape, depth), () => buildSelection(type, shape, depth));

const buildSelection = (
  type: GraphQLObjectType,
  shape: SelectionShape,
  depth: number
): fc.Arbitrary<GeneratedField[]> => {
  const fields = Object.values(type.getFields());
  return fc
    .array(fc.constantFrom(...fields), { minLength: 1, maxLength: shape.width })
    .chain((chosen) => fc.tuple(...chosen.map((field) => generatedField(field, shape, depth))))
    .map((generated) => {
      const kept = generated.filter((field): field is GeneratedField => field !== undefined);
      return kept.length > 0 ? kept : [{ name: '__typename', args: [] }];
    });
};

/**
 * Prints generated root fields as one operation: arguments inline where
 * they can be written as literals, else (and where chosen) as variables,
 * declared with their schema type, some with a value of the wrong type.
 */
export const printOperation = (
  kind: 'query' | 'mutation',
  fields: GeneratedField[],
  name?: string
): GraphqlOperation => {
  const definitions: string[] = [];
  const variables: Record<string, unknown> = {};
  const variable = (type: string, value: unknown) => {
    const id = `v${definitions.length}`;
    definitions.push(`$${id}: ${type}`);
    if (value !== undefined) {
      variables[id] = value;
    }
    return `$${id}`;
  };
  const printArg = (arg: GeneratedArg): string => {
    if (arg.mode === 'inline') {
      try {
        const node = astFromValue(arg.value, arg.type);
        if (node) {
          return `${arg.name}: ${print(node)}`;
        }
      } catch {
        // Not writable as a literal (a JSON object, a non-finite number): use a variable.
      }
    }
    return `${arg.name}: ${variable(String(arg.type), arg.mode === 'wrong type' ? arg.wrong : arg.value)}`;
  };
  const printField = (field: GeneratedField): string => {
    const args = field.args.length > 0 ? `(${field.args.map(printArg).join(', ')})` : '';
    const alias = field.alias ? `${field.alias}: ` : '';
    const condition = field.directive
      ? ` @${field.directive.name}(if: ${
          field.directive.variable
            ? variable('Boolean!', field.directive.value)
            : String(field.directive.value)
        })`
      : '';
    const children = field.children ? ` { ${field.children.map(printField).join(' ')} }` : '';
    return `${alias}${field.name}${args}${condition}${children}`;
  };
  const body = fields.map(printField).join(' ');
  const head = definitions.length > 0 ? `(${definitions.join(', ')})` : '';
  return {
    query: `${kind}${name ? ` ${name}` : ''}${head} { ${body} }`,
    variables,
    ...(name ? { operationName: name } : {}),
  };
};

/** Root fields of the public schema that generated operations use. */
const rootFields = (schema: GraphQLSchema, kind: 'query' | 'mutation') =>
  Object.values(
    (kind === 'query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {}
  );

/**
 * Valid operations of the public schema: one to three root fields with
 * random arguments and selections; mutations too where the schema has any.
 */
export const validOperation = (
  schema: GraphQLSchema,
  shape: SelectionShape
): fc.Arbitrary<GraphqlOperation> => {
  const kinds: Array<'query' | 'mutation'> = schema.getMutationType()
    ? ['query', 'query', 'query', 'mutation']
    : ['query'];
  const operations = kinds.map((kind) =>
    fc
      .tuple(
        fc.array(fc.constantFrom(...rootFields(schema, kind)), { minLength: 1, maxLength: 3 }),
        fc.option(operationName, { freq: 3, nil: undefined })
      )
      .chain(([fields, name]) =>
        fc
          .tuple(...fields.map((field) => rootField(field, shape)))
          .map((generated) => printOperation(kind, generated, name))
      )
  );
  return fc.oneof(...operations);
};

const rootField = (
  field: GraphQLField<unknown, unknown>,
  shape: SelectionShape
): fc.Arbitrary<GeneratedField> =>
  fieldArbitraries(field, `root ${shapeKey(shape, 0)}`, () => {
    const named = getNamedType(getNullableType(field.type));
    return fc.record({
      name: fc.constant(field.name),
      alias: fc.option(aliasName, { freq: 3, nil: undefined }),
      args: generatedArgs(field.args, shape.inputDepth),
      children: isObjectType(named) ? selection(named, shape, 0) : fc.constant(undefined),
      directive,
    });
  }) as fc.Arbitrary<GeneratedField>;

/**
 * Deep and wide documents: a list query nested through `localizations`
 * (or any list field) up to `maxDepth`, each level with a few scalar
 * fields, the whole repeated under up to `maxAliases` aliases, with random
 * pagination. `budget` bounds aliases × 2^depth so that a cms without cost
 * limits still answers in time.
 */
export const deepOperation = (
  schema: GraphQLSchema,
  { maxDepth, maxAliases, budget }: { maxDepth: number; maxAliases: number; budget: number }
): fc.Arbitrary<GraphqlOperation> => {
  const roots = rootFields(schema, 'query').filter((field) => {
    const named = getNamedType(field.type);
    return (
      isListType(getNullableType(field.type)) &&
      isObjectType(named) &&
      'localizations' in named.getFields()
    );
  });
  if (roots.length === 0) {
    return fc.constant({ query: '{ __typename }', variables: {} });
  }
  return fc
    .tuple(
      fc.constantFrom(...roots),
      fc.integer({ min: 1, max: maxDepth }),
      fc.integer({ min: 1, max: maxAliases }),
      fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined })
    )
    .map(([root, depth, aliases, limit]) => {
      const levels = Math.min(depth, Math.floor(Math.log2(budget / aliases)));
      const type = getNamedType(root.type) as GraphQLObjectType;
      const scalars = Object.values(type.getFields())
        .filter((field) => isLeafType(getNamedType(field.type)))
        .slice(0, 3)
        .map((field) => field.name)
        .join(' ');
      let inner = scalars;
      for (let level = 0; level < Math.max(0, levels); level += 1) {
        inner = `${scalars} localizations${limit === undefined ? '' : `(pagination: { limit: ${limit} })`} { ${inner} }`;
      }
      const pagination = limit === undefined ? '' : `(pagination: { limit: ${limit} })`;
      const fields = Array.from(
        { length: aliases },
        (_, index) => `a${index}: ${root.name}${pagination} { ${inner} }`
      );
      return { query: `{ ${fields.join(' ')} }`, variables: {} };
    });
};

/** Names of the schema's root and object fields, for near-miss unknown names. */
export const schemaNames = (schema: GraphQLSchema): string[] =>
  [
    ...new Set(
      Object.values(schema.getTypeMap())
        .filter((type) => isObjectType(type) && !type.name.startsWith('__'))
        .flatMap((type) => Object.keys((type as GraphQLObjectType).getFields()))
    ),
  ].sort();

/** An operation with one field replaced by a name the schema does not have. */
export const unknownFieldOperation = (schema: GraphQLSchema): fc.Arbitrary<GraphqlOperation> => {
  const names = schemaNames(schema);
  return fc
    .tuple(validOperation(schema, { width: 3, depth: 1, inputDepth: 1 }), fuzzName(names))
    .map(([operation, unknown]) => ({
      ...operation,
      query: operation.query.replace(
        /\{ (\w+: )?\w+/,
        (_, alias: string | undefined) => `{ ${alias ?? ''}${unknown}`
      ),
    }));
};
