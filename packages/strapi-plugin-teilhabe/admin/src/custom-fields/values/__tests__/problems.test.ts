import {
  courseScheduleSchema,
  languageCodesSchema,
  linksSchema,
  openingHoursSchema,
} from '../../../../../server/src/directory/schemas';
import { findProblems, problemsAt } from '../problems';

const keys = (problems: ReturnType<typeof findProblems>) =>
  problems.map(({ key, path }) => ({ key, path }));

describe('findProblems', () => {
  test('a valid value has none', () => {
    expect(
      findProblems(openingHoursSchema, {
        weekly: [{ day: 'mon', opens: '09:00', closes: '12:00' }],
        exceptions: [{ date: '2026-12-24', closed: true }],
      })
    ).toEqual([]);
  });

  test('names each problem of opening hours where it is', () => {
    const problems = findProblems(openingHoursSchema, {
      weekly: [
        { day: 'mon', opens: '12:00', closes: '09:00' },
        { day: 'tue', opens: '', closes: '9 Uhr' },
      ],
      exceptions: [{ date: '', closed: false, opens: '10:00', closes: '09:00' }],
    });
    expect(keys(problems)).toEqual([
      { key: 'closes-before-opens', path: 'weekly.0' },
      { key: 'time', path: 'weekly.1.opens' },
      { key: 'time', path: 'weekly.1.closes' },
      { key: 'date', path: 'exceptions.0.date' },
      { key: 'exception-hours', path: 'exceptions.0' },
    ]);
    expect(problemsAt(problems, ['weekly', 1, 'opens'])).toHaveLength(1);
    expect(problemsAt(problems, ['weekly', 1])).toEqual([]);
  });

  test('an open exception needs its hours; each date once', () => {
    expect(
      keys(
        findProblems(openingHoursSchema, {
          weekly: [],
          exceptions: [{ date: '2026-12-24', closed: false, opens: '11:00', closes: '10:00' }],
        })
      )
    ).toEqual([{ key: 'exception-hours', path: 'exceptions.0' }]);
    expect(
      keys(
        findProblems(openingHoursSchema, {
          weekly: [],
          exceptions: [
            { date: '2026-12-24', closed: true },
            { date: '2026-12-24', closed: true },
          ],
        })
      )
    ).toEqual([{ key: 'date-twice', path: '' }]);
  });

  test('counts limits', () => {
    const slot = { day: 'mon', opens: '09:00', closes: '10:00' };
    const [problem] = findProblems(openingHoursSchema, {
      weekly: Array.from({ length: 51 }, () => slot),
      exceptions: [],
    });
    expect(problem).toEqual({
      key: 'too-many',
      path: 'weekly',
      values: { max: 50 },
    });
  });

  test('a course schedule needs a weekday and an end after its start', () => {
    expect(
      keys(findProblems(courseScheduleSchema, { days: [], start: '10:00', end: '11:00' }))
    ).toEqual([{ key: 'days', path: 'days' }]);
    expect(
      keys(findProblems(courseScheduleSchema, { days: ['mon'], start: '11:00', end: '10:00' }))
    ).toEqual([{ key: 'ends-before-starts', path: '' }]);
  });

  test('a link needs a full address and a German label, labels have a length limit', () => {
    const problems = findProblems(linksSchema, [
      { url: '', label: {} },
      { url: 'ftp://example.org', label: { de: 'Programm', en: 'x'.repeat(121) } },
    ]);
    expect(keys(problems)).toEqual([
      { key: 'url', path: '0.url' },
      { key: 'german-required', path: '0.label' },
      { key: 'url', path: '1.url' },
      { key: 'too-long', path: '1.label.en' },
    ]);
    expect(problems[3]!.values).toEqual({ max: 120 });
  });

  test('language codes: a code is a code, each once', () => {
    expect(keys(findProblems(languageCodesSchema, ['de', 'Deutsch']))).toEqual([
      { key: 'language', path: '1' },
    ]);
    expect(keys(findProblems(languageCodesSchema, ['de', 'de']))).toEqual([
      { key: 'language-twice', path: '' },
    ]);
  });
});
