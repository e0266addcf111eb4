import { MAX_QUERY_TERMS, normalizeText, queryTerms } from '../normalize';

describe('normalizeText', () => {
  test.each([
    ['Cyrillic upper and lower case', 'КУРС', 'курс'],
    ['Ukrainian capitals', 'ІНТЕГРАЦІЙНИЙ КУРС', 'інтеграційний курс'],
    ['ё as е', 'Ещё ЁЛКА', 'еще елка'],
    ['й stays й', 'Мой', 'мой'],
    ['Arabic yeh and alef maksura as Farsi yeh', 'علي على', 'علی علی'],
    ['Arabic kaf as keheh', 'كلاس', 'کلاس'],
    ['Persian text typed with Arabic letters', 'كلاس آلماني', 'کلاس المانی'],
    ['tashkeel removed', 'دَوْرَةٌ', 'دوره'],
    ['tatweel removed', 'كـــورس', 'کورس'],
    ['alef forms unified', 'أ إ آ ٱ ا', 'ا ا ا ا ا'],
    ['teh marbuta and heh with yeh as heh', 'مدرسة خانۀ', 'مدرسه خانه'],
    ['Persian half-space joins the word', 'می\u200Cخواهم', 'میخواهم'],
    ['Persian and Arabic digits', '۱۴۰۳ ٢٠٢٤', '1403 2024'],
    ['ß as ss', 'Straße', 'strasse'],
    ['capital sharp s', 'STRAẞE', 'strasse'],
    ['umlauts as ae oe ue', 'Mütter Ärztin Öffnung', 'muetter aerztin oeffnung'],
    ['other Latin diacritics dropped', 'Türkçe öğrenmek Café', 'tuerkce oegrenmek cafe'],
    ['Turkish dotted and dotless i', 'İstanbul ılık', 'istanbul ilik'],
    ['apostrophes join words', "м'ясо Lehrte’de", 'мясо lehrtede'],
    [
      'punctuation and hyphens separate words',
      'Deutsch-Kurs (A1), 9:00–12:00!',
      'deutsch kurs a1 9 00 12 00',
    ],
    ['compatibility forms', 'ﬁle ＫＵＲＳ', 'file kurs'],
    ['empty', '  \n ', ''],
  ])('%s', (_name, input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  test('normalizing twice changes nothing', () => {
    const once = normalizeText('КУРС Straße كلاس آلماني Mütter');
    expect(normalizeText(once)).toBe(once);
  });
});

describe('queryTerms', () => {
  test('splits, normalizes and de-duplicates', () => {
    expect(queryTerms('  Курс, КУРС  a1 ')).toEqual(['курс', 'a1']);
  });

  test('treats spellings alike', () => {
    expect(queryTerms('Strasse')).toEqual(queryTerms('Straße'));
    expect(queryTerms('Muetter')).toEqual(queryTerms('Mütter'));
    expect(queryTerms('کلاس')).toEqual(queryTerms('كلاس'));
    expect(queryTerms('یاد')).toEqual(queryTerms('ياد'));
  });

  test('keeps nothing from punctuation only', () => {
    expect(queryTerms('"*"  -- ()')).toEqual([]);
  });

  test(`keeps at most ${MAX_QUERY_TERMS} words`, () => {
    expect(queryTerms('a b c d e f g h i j k')).toHaveLength(MAX_QUERY_TERMS);
  });
});
