import {
  activeFilters,
  directoryCacheKey,
  directoryQueryString,
  emptyDirectoryFilters,
  hasActiveFilters,
  MAX_PAGE,
  parseDirectoryQuery,
  restrictToVocabulary,
  serializeDirectoryQuery,
  withoutFilter,
  withPage,
  type DirectoryVocabulary,
} from '../../shared/directory-query';

const vocabulary: DirectoryVocabulary = {
  categories: ['language-course', 'counselling'],
  districts: ['ahlten', 'arpke', 'kernstadt'],
  targetGroups: ['women', 'parents'],
  courseTypes: ['integration-general', 'job-related'],
  languages: ['ar', 'de', 'fa'],
};

/** A query as `URLSearchParams` gives it: repeated keys become arrays. */
function queryOf(search: string): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of new URLSearchParams(search)) {
    const existing = query[key];
    query[key] = existing === undefined ? value : [existing, value].flat();
  }
  return query;
}

describe('parseDirectoryQuery', () => {
  test('an empty query is the whole directory on page 1', () => {
    expect(parseDirectoryQuery({})).toEqual(emptyDirectoryFilters());
  });

  test('reads every filter, repeated parameters as lists', () => {
    const filters = parseDirectoryQuery(
      queryOf(
        'q=Deutsch&category=language-course&district=arpke&district=ahlten&language=fa&language=ar' +
          '&targetGroup=women&cost=free&accessibility=hearing-loop&accessibility=step-free-access' +
          '&level=B1&level=A1&courseType=job-related&childcare=1&womenOnly=true' +
          '&startsWithinWeeks=4&page=3'
      ),
      vocabulary
    );
    expect(filters).toEqual({
      q: 'Deutsch',
      category: 'language-course',
      districts: ['ahlten', 'arpke'],
      languages: ['ar', 'fa'],
      targetGroups: ['women'],
      cost: 'free',
      accessibility: ['step-free-access', 'hearing-loop'],
      levels: ['A1', 'B1'],
      courseTypes: ['job-related'],
      childcare: true,
      womenOnly: true,
      startsWithinWeeks: 4,
      page: 3,
    });
  });

  test('takes what an unsubmitted GET form sends: empty fields mean no filter', () => {
    expect(
      parseDirectoryQuery(queryOf('q=&category=&startsWithinWeeks=&district=ahlten'), vocabulary)
    ).toEqual({ ...emptyDirectoryFilters(), districts: ['ahlten'] });
  });

  test('drops unknown, malformed and outdated values instead of failing', () => {
    const filters = parseDirectoryQuery(
      queryOf(
        'category=../../admin&district=atlantis&district=ahlten&language=klingon&language=de' +
          '&targetGroup=<script>&cost=cheap&accessibility=lift&level=D9&courseType=job-related' +
          '&childcare=yes&womenOnly=0&startsWithinWeeks=3&page=-2&unknown=1'
      ),
      vocabulary
    );
    expect(filters).toEqual({
      ...emptyDirectoryFilters(),
      districts: ['ahlten'],
      languages: ['de'],
      courseTypes: ['job-related'],
    });
  });

  test('without a vocabulary, any well-formed code passes', () => {
    expect(parseDirectoryQuery(queryOf('district=neu-hier&district=Bad Code')).districts).toEqual([
      'neu-hier',
    ]);
  });

  test('keeps the first value of single-value parameters and dedupes lists', () => {
    const filters = parseDirectoryQuery(
      queryOf('category=counselling&category=language-course&district=arpke&district=arpke'),
      vocabulary
    );
    expect(filters.category).toBe('counselling');
    expect(filters.districts).toEqual(['arpke']);
  });

  test('normalizes and limits the search text', () => {
    expect(parseDirectoryQuery({ q: '  Deutsch \n  lernen  ' }).q).toBe('Deutsch lernen');
    expect(parseDirectoryQuery({ q: 'x'.repeat(500) }).q).toHaveLength(100);
    expect(parseDirectoryQuery({ q: ['erstes', 'zweites'] }).q).toBe('erstes');
    expect(parseDirectoryQuery({ q: 'دورة لغة' }).q).toBe('دورة لغة');
  });

  test('caps the page and ignores non-numbers', () => {
    expect(parseDirectoryQuery({ page: '99999' }).page).toBe(MAX_PAGE);
    expect(parseDirectoryQuery({ page: '2abc' }).page).toBe(1);
    expect(parseDirectoryQuery({ page: '0' }).page).toBe(1);
  });

  test('ignores values that are not strings (e.g. null from Vue Router)', () => {
    expect(parseDirectoryQuery({ district: [null, 'ahlten'], q: null })).toMatchObject({
      districts: ['ahlten'],
      q: '',
    });
  });
});

describe('serializeDirectoryQuery', () => {
  test('writes parameters in a fixed order with sorted values and leaves out defaults', () => {
    const filters = {
      ...emptyDirectoryFilters(),
      page: 2,
      womenOnly: true,
      districts: ['kernstadt', 'ahlten'],
      levels: ['B1' as const, 'A1' as const],
      category: 'language-course',
      q: ' Kurs ',
    };
    expect(directoryQueryString(filters)).toBe(
      '?q=Kurs&category=language-course&district=ahlten&district=kernstadt&level=A1&level=B1&womenOnly=1&page=2'
    );
    expect(Object.keys(serializeDirectoryQuery(filters))).toEqual([
      'q',
      'category',
      'district',
      'level',
      'womenOnly',
      'page',
    ]);
  });

  test('single values stay strings, several become arrays, as Vue Router expects', () => {
    expect(serializeDirectoryQuery({ ...emptyDirectoryFilters(), districts: ['ahlten'] })).toEqual({
      district: 'ahlten',
    });
    expect(
      serializeDirectoryQuery({ ...emptyDirectoryFilters(), districts: ['arpke', 'ahlten'] })
    ).toEqual({ district: ['ahlten', 'arpke'] });
  });

  test('no filters is an empty query', () => {
    expect(directoryQueryString(emptyDirectoryFilters())).toBe('');
  });

  test('parse and serialize are inverse on canonical URLs', () => {
    const canonical =
      '?q=Beratung+Frauen&category=counselling&district=ahlten&language=ar&language=fa' +
      '&targetGroup=parents&targetGroup=women&cost=free&accessibility=step-free-access' +
      '&level=literacy&level=A2&courseType=integration-general&childcare=1&startsWithinWeeks=12&page=4';
    const parsed = parseDirectoryQuery(queryOf(canonical), vocabulary);
    expect(directoryQueryString(parsed)).toBe(canonical);
    expect(parseDirectoryQuery(queryOf(directoryQueryString(parsed)), vocabulary)).toEqual(parsed);
  });

  test('equal filters in any order give the same cache key', () => {
    const a = parseDirectoryQuery(
      queryOf('district=arpke&district=ahlten&language=fa&language=ar')
    );
    const b = parseDirectoryQuery(
      queryOf('language=ar&district=ahlten&language=fa&district=arpke')
    );
    expect(directoryCacheKey(a)).toBe(directoryCacheKey(b));
  });
});

describe('filter helpers', () => {
  const filters = parseDirectoryQuery(
    queryOf('q=Kurs&district=ahlten&district=arpke&childcare=1&cost=free&page=3'),
    vocabulary
  );

  test('activeFilters lists one entry per chosen value, in URL order', () => {
    expect(activeFilters(filters)).toEqual([
      { key: 'q', value: 'Kurs' },
      { key: 'districts', value: 'ahlten' },
      { key: 'districts', value: 'arpke' },
      { key: 'cost', value: 'free' },
      { key: 'childcare', value: '1' },
    ]);
    expect(hasActiveFilters(filters)).toBe(true);
    expect(hasActiveFilters({ ...emptyDirectoryFilters(), page: 5 })).toBe(false);
  });

  test('withoutFilter removes one value and goes back to page 1', () => {
    expect(
      directoryQueryString(withoutFilter(filters, { key: 'districts', value: 'ahlten' }))
    ).toBe('?q=Kurs&district=arpke&cost=free&childcare=1');
    expect(withoutFilter(filters, { key: 'q', value: 'Kurs' }).q).toBe('');
    expect(withoutFilter(filters, { key: 'childcare', value: '1' }).childcare).toBe(false);
    expect(withoutFilter(filters, { key: 'cost', value: 'free' }).cost).toBeNull();
  });

  test('withPage clamps the page number', () => {
    expect(withPage(filters, 0).page).toBe(1);
    expect(withPage(filters, 7.8).page).toBe(7);
    expect(withPage(filters, 1e9).page).toBe(MAX_PAGE);
  });

  test('restrictToVocabulary drops codes the CMS no longer knows', () => {
    const parsed = parseDirectoryQuery(
      queryOf('category=old-topic&district=ahlten&district=gone&targetGroup=women&courseType=x')
    );
    expect(restrictToVocabulary(parsed, vocabulary)).toMatchObject({
      category: null,
      districts: ['ahlten'],
      targetGroups: ['women'],
      courseTypes: [],
    });
  });
});
