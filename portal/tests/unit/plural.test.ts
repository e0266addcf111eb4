import { LOCALE_CODES, PORTAL_LOCALES } from '@teilhabe/locales';
import { buildPluralRules, createPluralRule, pluralForms } from '../../app/utils/plural';

/** The message form indices a rule picks for the whole numbers 0 to 200. */
function formsUsedForWholeNumbers(language: string): Set<number> {
  const rule = createPluralRule(language);
  const forms = pluralForms(language).length;
  return new Set(Array.from({ length: 201 }, (_, count) => rule(count, forms)));
}

describe('plural rules from Intl.PluralRules', () => {
  test('Arabic needs six forms and uses all six for whole numbers', () => {
    expect(pluralForms('ar')).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(formsUsedForWholeNumbers('ar').size).toBe(6);
  });

  test('Ukrainian and Russian use three forms for whole numbers', () => {
    expect(formsUsedForWholeNumbers('uk').size).toBe(3);
    expect(formsUsedForWholeNumbers('ru').size).toBe(3);
  });

  test('German, English, Turkish and Persian use two forms', () => {
    for (const language of ['de', 'en', 'tr', 'fa']) {
      expect(formsUsedForWholeNumbers(language).size).toBe(2);
    }
  });

  test('Arabic counts pick the CLDR category in message order', () => {
    const rule = createPluralRule('ar');
    expect([0, 1, 2, 3, 10, 11, 99, 100, 102].map((count) => rule(count, 6))).toEqual([
      0, 1, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });

  test('Ukrainian counts pick one, few and many', () => {
    const rule = createPluralRule('uk');
    expect([1, 2, 4, 5, 11, 21, 22, 25].map((count) => rule(count, 4))).toEqual([
      0, 1, 1, 2, 2, 0, 1, 2,
    ]);
  });

  test('a message with fewer forms than the locale needs still reads sensibly', () => {
    const rule = createPluralRule('ar');
    expect(rule(1, 2)).toBe(0);
    expect(rule(7, 2)).toBe(1);
    expect(rule(7, 1)).toBe(0);
  });

  test('there is a rule for every portal locale', () => {
    expect(Object.keys(buildPluralRules(PORTAL_LOCALES)).sort()).toEqual([...LOCALE_CODES].sort());
  });
});
