import { CANONICAL_LOCALE } from '../constants';
import { TABLES, type Knex, type SearchDialect } from './index-tables';

export const ACCESSIBILITY_COLUMNS = {
  step_free_access: 'step_free_access',
  accessible_toilet: 'accessible_toilet',
  hearing_loop: 'hearing_loop',
} as const;

export type AccessibilityFeature = keyof typeof ACCESSIBILITY_COLUMNS;

/** A validated directory query. Lists match any of their values; filters combine with AND. */
export interface DirectoryFilter {
  locale: string;
  /** Normalized search words; each matches as a word prefix, all must match. */
  terms: string[];
  category?: string;
  districts?: string[];
  languages?: string[];
  targetGroups?: string[];
  cost?: 'free' | 'paid';
  /** Every feature listed must be present. */
  accessibility?: AccessibilityFeature[];
  levels?: string[];
  courseTypes?: string[];
  childcareDuringCourse?: boolean;
  womenOnly?: boolean;
  startsWithinWeeks?: number;
  /** Today in the city's time zone, `YYYY-MM-DD`. */
  today: string;
}

export interface DirectoryPage {
  total: number;
  documentIds: string[];
}

type Builder = ReturnType<Knex>;

const addDays = (isoDate: string, days: number): string => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

const searchLocales = (locale: string): string[] => [...new Set([locale, CANONICAL_LOCALE])];

/**
 * Matching offers with a score (higher is better): the best match among the
 * page's locale and German. SQLite: FTS5 with bm25 (lower is better, so
 * negated); the inner query is kept from being flattened, as FTS5's
 * auxiliary functions cannot run inside an aggregate.
 */
const searchSubquery = (knex: Knex, dialect: SearchDialect, filter: DirectoryFilter) => {
  const locales = searchLocales(filter.locale);
  const placeholders = locales.map(() => '?').join(', ');
  if (dialect === 'postgres') {
    const query = filter.terms.map((term) => `${term}:*`).join(' & ');
    return knex.raw(
      `(SELECT e.document_id, MAX(ts_rank(e.search_vector, q.query)) AS score
        FROM ${TABLES.entries} e, to_tsquery('simple', ?) AS q(query)
        WHERE e.search_vector @@ q.query AND e.locale IN (${placeholders})
        GROUP BY e.document_id) AS s`,
      [query, ...locales]
    );
  }
  const match = filter.terms.map((term) => `"${term}"*`).join(' ');
  return knex.raw(
    `(SELECT e.document_id, -MIN(m.rank) AS score
      FROM (SELECT rowid AS entry_id, bm25(${TABLES.search}, 10.0, 4.0, 1.0, 2.0) AS rank
            FROM ${TABLES.search} WHERE ${TABLES.search} MATCH ? LIMIT -1) AS m
      JOIN ${TABLES.entries} e ON e.id = m.entry_id
      WHERE e.locale IN (${placeholders})
      GROUP BY e.document_id) AS s`,
    [match, ...locales]
  );
};

const withValues = (builder: Builder, knex: Knex, facet: string, values?: string[]) => {
  if (values && values.length > 0) {
    builder.whereIn(
      'f.document_id',
      knex(TABLES.facetValues).select('document_id').where('facet', facet).whereIn('value', values)
    );
  }
};

const applyFilters = (
  builder: Builder,
  knex: Knex,
  dialect: SearchDialect,
  filter: DirectoryFilter
) => {
  const yes = dialect === 'postgres' ? true : 1;
  const no = dialect === 'postgres' ? false : 0;
  builder.where((valid) =>
    valid.whereNull('f.valid_until').orWhere('f.valid_until', '>=', filter.today)
  );
  if (filter.category) {
    builder.where('f.category', filter.category);
  }
  withValues(builder, knex, 'district', filter.districts);
  withValues(builder, knex, 'language', filter.languages);
  withValues(builder, knex, 'target_group', filter.targetGroups);
  if (filter.cost) {
    builder.where('f.cost_type', filter.cost === 'free' ? 'free' : 'amount');
  }
  for (const feature of filter.accessibility ?? []) {
    builder.where(`f.${ACCESSIBILITY_COLUMNS[feature]}`, yes);
  }
  const course = () => builder.where('f.is_course', yes);
  if (filter.levels && filter.levels.length > 0) {
    course().whereIn('f.course_level', filter.levels);
  }
  if (filter.courseTypes && filter.courseTypes.length > 0) {
    course().whereIn('f.course_type', filter.courseTypes);
  }
  if (filter.childcareDuringCourse !== undefined) {
    course().where('f.course_childcare', filter.childcareDuringCourse ? yes : no);
  }
  if (filter.womenOnly !== undefined) {
    course().where('f.course_women_only', filter.womenOnly ? yes : no);
  }
  if (filter.startsWithinWeeks !== undefined) {
    course()
      .where('f.course_start_date', '>=', filter.today)
      .where('f.course_start_date', '<=', addDays(filter.today, filter.startsWithinWeeks * 7));
  }
};

/**
 * Finds published offers by filters and search, ranked by search score
 * (when searching), then by title in the page's locale (German where the
 * offer has no translation), then by slug.
 * @param knex connection
 * @param dialect the running database
 * @param filter the validated query
 * @param window which slice of the result to return
 */
export const queryDirectory = async (
  knex: Knex,
  dialect: SearchDialect,
  filter: DirectoryFilter,
  window: { offset: number; limit: number }
): Promise<DirectoryPage> => {
  const searching = filter.terms.length > 0;
  const base = () => {
    const builder = knex({ f: TABLES.facets });
    if (searching) {
      builder.join(searchSubquery(knex, dialect, filter), 's.document_id', 'f.document_id');
    }
    applyFilters(builder, knex, dialect, filter);
    return builder;
  };
  // The total comes with the page (a window over the whole result), so the
  // search runs once; only an empty page needs a count of its own.
  const page = base()
    .leftJoin({ el: TABLES.entries }, (on) =>
      on.on('el.document_id', 'f.document_id').andOnVal('el.locale', filter.locale)
    )
    .leftJoin({ ed: TABLES.entries }, (on) =>
      on.on('ed.document_id', 'f.document_id').andOnVal('ed.locale', CANONICAL_LOCALE)
    )
    .select('f.document_id', knex.raw('COUNT(*) OVER () AS total'));
  if (searching) {
    page.orderBy('s.score', 'desc');
  }
  const rows = (await page
    .orderByRaw('COALESCE(el.sort_title, ed.sort_title) ASC')
    .orderBy('f.slug', 'asc')
    .offset(window.offset)
    .limit(window.limit)) as Array<{ document_id: string; total: number | string }>;
  if (rows.length === 0) {
    const counted = (await base().count({ total: '*' }).first()) as { total?: number | string };
    return { total: Number(counted?.total ?? 0), documentIds: [] };
  }
  const total = Number(rows[0]!.total);
  return { total, documentIds: rows.map((row) => row.document_id) };
};

/**
 * Finds a published offer by slug, or the offer that had the slug before.
 * @returns the document id, or the current slug to redirect to, or null
 */
export const lookupSlug = async (
  knex: Knex,
  slug: string
): Promise<{ documentId: string } | { redirectTo: string } | null> => {
  const current = (await knex(TABLES.facets).where('slug', slug).first('document_id')) as
    { document_id: string } | undefined;
  if (current) {
    return { documentId: current.document_id };
  }
  const previous = (await knex({ v: TABLES.facetValues })
    .join({ f: TABLES.facets }, 'f.document_id', 'v.document_id')
    .where({ 'v.facet': 'previous_slug', 'v.value': slug })
    .orderBy('f.slug')
    .first('f.slug')) as { slug: string } | undefined;
  return previous ? { redirectTo: previous.slug } : null;
};

/**
 * Languages the staff of at least one published offer speak.
 * @returns ISO 639 codes, sorted
 */
export const listStaffLanguages = async (knex: Knex): Promise<string[]> => {
  const rows = (await knex(TABLES.facetValues)
    .distinct('value')
    .where('facet', 'language')
    .orderBy('value')) as Array<{ value: string }>;
  return rows.map((row) => row.value);
};

/** The stored read rows of one indexed offer, as `serializeReadRow` wrote them. */
export interface StoredOffer {
  /** The published German row, relations included. */
  canonical: string;
  /** The published row of the requested locale, if it has one (and is not German). */
  translation: string | null;
  /** Every locale the offer is published in. */
  locales: string[];
}

/**
 * The published rows of indexed offers as stored at their last indexing:
 * the German one (relations included) and the one of `locale` where it
 * exists, each read only for these two locales and left unparsed, so that a
 * caller can reuse what it built from the same text before.
 * @returns the stored rows per document id; offers not in the index are missing
 */
export const loadIndexedOffers = async (
  knex: Knex,
  documentIds: string[],
  locale: string
): Promise<Map<string, StoredOffer>> => {
  const offers = new Map<
    string,
    { canonical: string | null; translation: string | null; locales: string[] }
  >();
  if (documentIds.length === 0) {
    return new Map();
  }
  const stored = (await knex(TABLES.readRows)
    .whereIn('document_id', documentIds)
    .select(
      'document_id',
      'locale',
      knex.raw('CASE WHEN locale IN (?, ?) THEN read_row ELSE NULL END AS read_row', [
        CANONICAL_LOCALE,
        locale,
      ])
    )) as Array<{ document_id: string; locale: string; read_row: string | null }>;
  for (const entry of stored) {
    const offer = offers.get(entry.document_id) ?? {
      canonical: null,
      translation: null,
      locales: [],
    };
    offers.set(entry.document_id, offer);
    offer.locales.push(entry.locale);
    if (entry.read_row !== null) {
      if (entry.locale === CANONICAL_LOCALE) {
        offer.canonical = entry.read_row;
      } else {
        offer.translation = entry.read_row;
      }
    }
  }
  // Without a published German row an offer is not in the index; be strict anyway.
  const found = new Map<string, StoredOffer>();
  for (const [documentId, offer] of offers) {
    if (offer.canonical !== null) {
      found.set(documentId, { ...offer, canonical: offer.canonical });
    }
  }
  return found;
};
