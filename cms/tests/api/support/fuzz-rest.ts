import { LOCALE_CODES } from '@teilhabe/locales';
import fc from 'fast-check';
import { looksInternal } from './fuzz-leaks';
import { encode, fuzzText } from './fuzz-values';

/** A public REST route as the plugin declares it, e.g. `/pages/:id`. */
export interface RestRoute {
  method: string;
  path: string;
}

/** Top-level parameters Strapi's core controllers and the directory read. */
const PARAMETERS = [
  'filters',
  'populate',
  'sort',
  'pagination',
  'fields',
  'locale',
  'status',
  'publicationState',
  'hasPublishedVersion',
  'search',
  'page',
  'pageSize',
  'category',
  'districts',
  'languages',
  'targetGroups',
  'courseTypes',
  'levels',
  'accessibility',
  'cost',
  'startsWithinWeeks',
  'womenOnly',
  'childcareDuringCourse',
];

/** Segments inside brackets: attributes, relations, operators, pagination keys. */
const SEGMENTS = [
  'title',
  'slug',
  'body',
  'summary',
  'role',
  'code',
  'teaser',
  'position',
  'icon',
  'locale',
  'documentId',
  'id',
  'createdAt',
  'updatedAt',
  'publishedAt',
  'isSampleContent',
  'translationStatus',
  'cityName',
  'localizations',
  'createdBy',
  'updatedBy',
  'category',
  'provider',
  'locations',
  '$eq',
  '$eqi',
  '$ne',
  '$in',
  '$notIn',
  '$lt',
  '$lte',
  '$gt',
  '$gte',
  '$between',
  '$contains',
  '$containsi',
  '$notContains',
  '$startsWith',
  '$endsWith',
  '$null',
  '$notNull',
  '$and',
  '$or',
  '$not',
  '$foo',
  'populate',
  'fields',
  'filters',
  'sort',
  'page',
  'pageSize',
  'start',
  'limit',
  'withCount',
  '0',
  '1',
  '',
  '*',
];

/** Below Node's 16 KB limit for a request head: longer URLs never reach the cms. */
const MAX_URL = 12_000;

/** A parameter value: text, numbers, booleans, wildcards, broken percent escapes, huge values. */
const value = fc.oneof(
  { weight: 5, arbitrary: fuzzText(1000).map(encode) },
  {
    weight: 2,
    arbitrary: fc
      .constantFrom('true', 'false', '1', '0', '-1', '*', 'asc', 'desc', 'title:asc', 'draft')
      .map(encode),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(...LOCALE_CODES, 'xx', 'all', '*').map(encode),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '1e400',
      '9007199254740993',
      '-0',
      'NaN',
      '0x10',
      '1.5',
      '2147483648'
    ),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '%C0%AF', '%FF%FE', '%ED%A0%80', '+'),
  },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 1000, max: 6000 }).map((length) => 'x'.repeat(length)),
  }
);

/** `a[b][c]=value`, brackets raw or percent-encoded. */
const param = (segments: string[], text: string | undefined, encoded: boolean) => {
  const [name, ...rest] = segments;
  const head = `${name}${rest.map((segment) => `[${segment}]`).join('')}`;
  const key = encoded ? encode(head) : head;
  return text === undefined ? key : `${key}=${text}`;
};

const ATTRIBUTES = SEGMENTS.slice(0, SEGMENTS.indexOf('localizations'));
const RELATIONS = ['localizations', 'createdBy', 'updatedBy', 'category', 'provider', 'locations'];
const OPERATORS = SEGMENTS.filter(
  (segment) => segment.startsWith('$') && !/^\$(and|or|not)$/.test(segment)
);
const LIST_OPERATORS = new Set(['$in', '$notIn', '$between']);

/** A filter as Strapi reads it: logical wrappers, maybe a relation, an attribute, an operator. */
const filterParam = fc
  .tuple(
    fc.array(fc.constantFrom(['$and', '0'], ['$or', '0'], ['$or', '1'], ['$not']), {
      maxLength: 2,
    }),
    fc.option(fc.constantFrom(...RELATIONS), { freq: 4, nil: undefined }),
    fc.constantFrom(...ATTRIBUTES),
    fc.constantFrom(...OPERATORS),
    fc.array(value, { minLength: 1, maxLength: 3 }),
    fc.boolean()
  )
  .map(([logical, relation, attribute, operator, values, encoded]) => {
    const segments = [
      'filters',
      ...logical.flat(),
      ...(relation ? [relation] : []),
      attribute,
      operator,
    ];
    return LIST_OPERATORS.has(operator)
      ? values.map((text, index) => param([...segments, String(index)], text, encoded)).join('&')
      : param(segments, values[0], encoded);
  });

/** `populate`, `sort`, `fields` and `pagination` in their usual and unusual forms. */
const queryParam = fc.oneof(
  fc
    .tuple(fc.array(fc.constantFrom(...RELATIONS, 'populate', '*', '0'), { maxLength: 4 }), value)
    .map(([segments, text]) => param(['populate', ...segments], text, false)),
  fc
    .tuple(
      fc.constantFrom(...ATTRIBUTES, 'nope'),
      fc.constantFrom('asc', 'desc', 'ASC', 'sideways', ''),
      fc.boolean()
    )
    .map(([attribute, direction, indexed]) =>
      param(indexed ? ['sort', '0'] : ['sort'], encode(`${attribute}:${direction}`), false)
    ),
  fc
    .array(fc.constantFrom(...ATTRIBUTES, 'password', 'nope'), { minLength: 1, maxLength: 3 })
    .map((attributes) =>
      attributes.map((attribute, index) => `fields[${index}]=${attribute}`).join('&')
    ),
  fc
    .tuple(fc.constantFrom('page', 'pageSize', 'start', 'limit', 'withCount'), value)
    .map(([name, text]) => param(['pagination', name], text, false)),
  fc.tuple(fc.constantFrom(...PARAMETERS), value).map(([name, text]) => param([name], text, false))
);

/** Any parameter: up to six bracket segments of names, operators and indexes. */
const chaoticParam = fc
  .tuple(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PARAMETERS) },
      {
        weight: 1,
        arbitrary: fc.stringMatching(/^[a-zA-Z_$]{1,12}$/).filter((name) => !looksInternal(name)),
      }
    ),
    fc.array(
      fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom(...SEGMENTS) },
        { weight: 1, arbitrary: fc.nat({ max: 30 }).map(String) }
      ),
      { maxLength: 6 }
    ),
    fc.option(value, { freq: 8, nil: undefined }),
    fc.boolean()
  )
  .map(([name, segments, text, encoded]) => param([name, ...segments], text, encoded));

const anyParam = fc.oneof(
  { weight: 4, arbitrary: filterParam },
  { weight: 3, arbitrary: queryParam },
  { weight: 3, arbitrary: chaoticParam }
);

/** One GET request on a public REST route: path parameters and a query string. */
export const restRequest = (
  routes: RestRoute[],
  known: { documentIds: string[]; slugs: string[] }
): fc.Arbitrary<string> => {
  const segment = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('x', ...known.documentIds, ...known.slugs) },
    { weight: 3, arbitrary: fuzzText(1000).map(encode) },
    { weight: 1, arbitrary: fc.constantFrom('%zz', '..', '%2e%2e', '%2F', '%00', '') }
  );
  return fc
    .tuple(
      fc.constantFrom(...routes.filter((route) => route.method === 'GET')),
      segment,
      fc.array(anyParam, { maxLength: 6 }),
      fc.option(fc.constantFrom('&', '&&', '?', '#x', '&='), { freq: 6, nil: undefined })
    )
    .map(([route, id, params, noise]) => {
      const path = route.path.replace(/:\w+/g, id);
      const search = params.join('&');
      return `/api/teilhabe${path}${search ? `?${search}` : ''}${noise ?? ''}`;
    })
    .filter((url) => url.length <= MAX_URL);
};
