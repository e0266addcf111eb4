/**
 * The directory's filter state and its URL form. The query string is the only
 * place the state lives: the GET form writes it without JavaScript, links and
 * the back button restore it, and the language switcher carries it over.
 *
 * Parsing is forgiving (unknown parameters and values are dropped, never an
 * error) and serializing is canonical (fixed parameter order, sorted values, no
 * defaults), so that equal filters always give equal URLs and cache keys.
 * Kept free of Nuxt imports: server routes, pages and Jest use it alike.
 */

/** Levels of the Common European Framework of Reference, plus literacy courses. */
export const COURSE_LEVELS = ['literacy', 'A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type CourseLevel = (typeof COURSE_LEVELS)[number];

/** Accessibility features a visitor can require. */
export const ACCESSIBILITY_FEATURES = [
  'step-free-access',
  'accessible-toilet',
  'hearing-loop',
] as const;
export type AccessibilityFeature = (typeof ACCESSIBILITY_FEATURES)[number];

/** Cost filters: only free offers, or offers that are free or cost something. */
export const COST_FILTERS = ['free'] as const;
export type CostFilter = (typeof COST_FILTERS)[number];

/** "Starts within N weeks" choices the form offers. */
export const STARTS_WITHIN_WEEKS = [2, 4, 8, 12] as const;

/** Visitors type at most this many characters into the search field. */
export const MAX_SEARCH_LENGTH = 100;

/** Pages beyond this are not served; nobody pages that far, and crawlers should not either. */
export const MAX_PAGE = 500;

/** The filter state of the directory. */
export interface DirectoryFilters {
  /** Free-text search, trimmed; empty for none. */
  q: string;
  category: string | null;
  districts: string[];
  /** Languages staff speak (ISO 639-1). */
  languages: string[];
  targetGroups: string[];
  cost: CostFilter | null;
  accessibility: AccessibilityFeature[];
  levels: CourseLevel[];
  courseTypes: string[];
  /** Only courses with childcare during the lessons. */
  childcare: boolean;
  /** Only courses for women. */
  womenOnly: boolean;
  /** Only courses starting within this many weeks. */
  startsWithinWeeks: number | null;
  /** 1-based page of the result list. */
  page: number;
}

/**
 * Codes that come from the CMS's taxonomies. When given, values outside these
 * lists are dropped; without it, any well-formed code passes.
 */
export interface DirectoryVocabulary {
  categories: readonly string[];
  districts: readonly string[];
  targetGroups: readonly string[];
  courseTypes: readonly string[];
  /** Languages staff of at least one offer speak. */
  languages: readonly string[];
}

/** The URL parameter of each filter, in the order serialized URLs list them. */
export const DIRECTORY_PARAMS = {
  q: 'q',
  category: 'category',
  districts: 'district',
  languages: 'language',
  targetGroups: 'targetGroup',
  cost: 'cost',
  accessibility: 'accessibility',
  levels: 'level',
  courseTypes: 'courseType',
  childcare: 'childcare',
  womenOnly: 'womenOnly',
  startsWithinWeeks: 'startsWithinWeeks',
  page: 'page',
} as const satisfies Record<keyof DirectoryFilters, string>;

export type DirectoryFilterKey = Exclude<keyof DirectoryFilters, 'page'>;

/** A URL query as Vue Router, h3 and `URLSearchParams` hand it over. */
export type RawQuery = Readonly<Record<string, unknown>>;

/** A serialized query: what `router.push({ query })` and `URLSearchParams` take. */
export type SerializedQuery = Record<string, string | string[]>;

/** Taxonomy codes as the CMS writes them: `language-course`, `haemelerwald`. */
const CODE_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_CODE_LENGTH = 60;
/** ISO 639 language codes: `de`, `fa`, `ckb`. */
const LANGUAGE_PATTERN = /^[a-z]{2,3}$/;
const TRUE_VALUES = new Set(['1', 'true', 'on']);

/** At most this many values per list parameter (the CMS accepts 20). */
const MAX_VALUES = 20;

/**
 * @returns a filter state with nothing selected, on page 1
 */
export function emptyDirectoryFilters(): DirectoryFilters {
  return {
    q: '',
    category: null,
    districts: [],
    languages: [],
    targetGroups: [],
    cost: null,
    accessibility: [],
    levels: [],
    courseTypes: [],
    childcare: false,
    womenOnly: false,
    startsWithinWeeks: null,
    page: 1,
  };
}

/** All string values of a parameter, whether it came once or repeated. */
function values(query: RawQuery, name: string): string[] {
  const raw = query[name];
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .filter((value): value is string => typeof value === 'string')
    .slice(0, MAX_VALUES)
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

function firstValue(query: RawQuery, name: string): string | null {
  return values(query, name)[0] ?? null;
}

/** Keeps the values of a closed list, in the list's order, each once. */
function pickKnown<T extends string>(allowed: readonly T[], candidates: readonly string[]): T[] {
  return allowed.filter((value) => candidates.includes(value));
}

/** Keeps well-formed codes (of the vocabulary, when there is one), sorted, each once. */
function pickCodes(
  candidates: readonly string[],
  vocabulary?: readonly string[],
  pattern: RegExp = CODE_PATTERN
): string[] {
  const codes = candidates.filter(
    (code) =>
      code.length <= MAX_CODE_LENGTH &&
      pattern.test(code) &&
      (!vocabulary || vocabulary.includes(code))
  );
  return [...new Set(codes)].sort();
}

function normalizeSearch(value: string | null): string {
  return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, MAX_SEARCH_LENGTH).trim();
}

function parsePositiveInteger(value: string | null): number | null {
  if (value === null || !/^\d{1,6}$/.test(value)) {
    return null;
  }
  const number = Number(value);
  return number >= 1 ? number : null;
}

/**
 * Reads the filter state from a URL query. Never throws: unknown parameters,
 * malformed and unknown values are dropped, repeated single-value parameters
 * keep their first value.
 * @param query the query of the current route or request
 * @param vocabulary the taxonomy codes the CMS knows, to drop outdated or invented ones
 * @returns the filter state
 */
export function parseDirectoryQuery(
  query: RawQuery,
  vocabulary?: DirectoryVocabulary
): DirectoryFilters {
  const category = firstValue(query, DIRECTORY_PARAMS.category);
  const weeks = parsePositiveInteger(firstValue(query, DIRECTORY_PARAMS.startsWithinWeeks));
  const page = parsePositiveInteger(firstValue(query, DIRECTORY_PARAMS.page)) ?? 1;
  const flag = (name: string) => TRUE_VALUES.has(firstValue(query, name) ?? '');
  return {
    q: normalizeSearch(firstValue(query, DIRECTORY_PARAMS.q)),
    category: category ? (pickCodes([category], vocabulary?.categories)[0] ?? null) : null,
    districts: pickCodes(values(query, DIRECTORY_PARAMS.districts), vocabulary?.districts),
    languages: pickCodes(
      values(query, DIRECTORY_PARAMS.languages),
      vocabulary?.languages,
      LANGUAGE_PATTERN
    ),
    targetGroups: pickCodes(values(query, DIRECTORY_PARAMS.targetGroups), vocabulary?.targetGroups),
    cost: pickKnown(COST_FILTERS, values(query, DIRECTORY_PARAMS.cost))[0] ?? null,
    accessibility: pickKnown(ACCESSIBILITY_FEATURES, values(query, DIRECTORY_PARAMS.accessibility)),
    levels: pickKnown(COURSE_LEVELS, values(query, DIRECTORY_PARAMS.levels)),
    courseTypes: pickCodes(values(query, DIRECTORY_PARAMS.courseTypes), vocabulary?.courseTypes),
    childcare: flag(DIRECTORY_PARAMS.childcare),
    womenOnly: flag(DIRECTORY_PARAMS.womenOnly),
    startsWithinWeeks: STARTS_WITHIN_WEEKS.find((option) => option === weeks) ?? null,
    page: Math.min(page, MAX_PAGE),
  };
}

/**
 * Drops taxonomy codes the CMS does not know (any more), e.g. from an old bookmark.
 * @param filters a parsed filter state
 * @param vocabulary the CMS's taxonomy codes
 * @returns the filter state with unknown codes removed
 */
export function restrictToVocabulary(
  filters: DirectoryFilters,
  vocabulary: DirectoryVocabulary
): DirectoryFilters {
  return {
    ...filters,
    category:
      filters.category && vocabulary.categories.includes(filters.category)
        ? filters.category
        : null,
    districts: filters.districts.filter((code) => vocabulary.districts.includes(code)),
    targetGroups: filters.targetGroups.filter((code) => vocabulary.targetGroups.includes(code)),
    courseTypes: filters.courseTypes.filter((code) => vocabulary.courseTypes.includes(code)),
    languages: filters.languages.filter((code) => vocabulary.languages.includes(code)),
  };
}

/**
 * Writes the filter state as a canonical URL query: parameters in a fixed
 * order, list values sorted, empty filters and page 1 left out.
 * @param filters a filter state
 * @returns the query object for links and `router.push`
 */
export function serializeDirectoryQuery(filters: DirectoryFilters): SerializedQuery {
  const query: SerializedQuery = {};
  const set = (name: string, value: string | readonly string[] | null) => {
    if (value === null || value.length === 0) {
      return;
    }
    query[name] = typeof value === 'string' ? value : value.length === 1 ? value[0]! : [...value];
  };
  set(DIRECTORY_PARAMS.q, normalizeSearch(filters.q));
  set(DIRECTORY_PARAMS.category, filters.category);
  set(DIRECTORY_PARAMS.districts, [...new Set(filters.districts)].sort());
  set(DIRECTORY_PARAMS.languages, [...new Set(filters.languages)].sort());
  set(DIRECTORY_PARAMS.targetGroups, [...new Set(filters.targetGroups)].sort());
  set(DIRECTORY_PARAMS.cost, filters.cost);
  set(DIRECTORY_PARAMS.accessibility, pickKnown(ACCESSIBILITY_FEATURES, filters.accessibility));
  set(DIRECTORY_PARAMS.levels, pickKnown(COURSE_LEVELS, filters.levels));
  set(DIRECTORY_PARAMS.courseTypes, [...new Set(filters.courseTypes)].sort());
  set(DIRECTORY_PARAMS.childcare, filters.childcare ? '1' : null);
  set(DIRECTORY_PARAMS.womenOnly, filters.womenOnly ? '1' : null);
  set(
    DIRECTORY_PARAMS.startsWithinWeeks,
    filters.startsWithinWeeks === null ? null : String(filters.startsWithinWeeks)
  );
  set(DIRECTORY_PARAMS.page, filters.page > 1 ? String(filters.page) : null);
  return query;
}

/**
 * Writes the filter state as a query string.
 * @param filters a filter state
 * @returns e.g. `?category=language-course&district=ahlten&district=arpke`, or `''` without filters
 */
export function directoryQueryString(filters: DirectoryFilters): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(serializeDirectoryQuery(filters))) {
    for (const item of [value].flat()) {
      params.append(name, item);
    }
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** One selected filter value, e.g. `{ key: 'districts', value: 'ahlten' }`. */
export interface ActiveFilter {
  key: DirectoryFilterKey;
  /** The value as it appears in the URL (`'1'` for the two on/off filters). */
  value: string;
}

/**
 * Lists every selected value, one entry per checkbox or choice, in URL order.
 * @param filters a filter state
 * @returns the active filters; empty when the whole directory is shown
 */
export function activeFilters(filters: DirectoryFilters): ActiveFilter[] {
  const query = serializeDirectoryQuery({ ...filters, page: 1 });
  const keyOf = Object.fromEntries(
    Object.entries(DIRECTORY_PARAMS).map(([key, name]) => [name, key as DirectoryFilterKey])
  );
  return Object.entries(query).flatMap(([name, value]) =>
    [value].flat().map((item) => ({ key: keyOf[name]!, value: item }))
  );
}

/**
 * @param filters a filter state
 * @returns whether anything narrows the list (the page number does not count)
 */
export function hasActiveFilters(filters: DirectoryFilters): boolean {
  return activeFilters(filters).length > 0;
}

/**
 * Removes one selected value, for "remove this filter" links. Back to page 1,
 * as after every change of the filters.
 * @param filters a filter state
 * @param filter the value to remove
 * @returns a new filter state without it
 */
export function withoutFilter(filters: DirectoryFilters, filter: ActiveFilter): DirectoryFilters {
  const next: DirectoryFilters = { ...filters, page: 1 };
  switch (filter.key) {
    case 'q':
      next.q = '';
      break;
    case 'category':
    case 'cost':
    case 'startsWithinWeeks':
      next[filter.key] = null;
      break;
    case 'childcare':
    case 'womenOnly':
      next[filter.key] = false;
      break;
    case 'districts':
    case 'languages':
    case 'targetGroups':
    case 'courseTypes':
      next[filter.key] = filters[filter.key].filter((value) => value !== filter.value);
      break;
    case 'accessibility':
      next.accessibility = filters.accessibility.filter((value) => value !== filter.value);
      break;
    case 'levels':
      next.levels = filters.levels.filter((value) => value !== filter.value);
      break;
  }
  return next;
}

/**
 * @param filters a filter state
 * @param page a 1-based page number
 * @returns the same filters on another page
 */
export function withPage(filters: DirectoryFilters, page: number): DirectoryFilters {
  return { ...filters, page: Math.max(1, Math.min(MAX_PAGE, Math.trunc(page))) };
}

/**
 * A stable key for caches and `useFetch`: equal filters give equal keys.
 * @param filters a filter state
 * @returns the canonical query string without `?`
 */
export function directoryCacheKey(filters: DirectoryFilters): string {
  return directoryQueryString(filters).slice(1);
}
