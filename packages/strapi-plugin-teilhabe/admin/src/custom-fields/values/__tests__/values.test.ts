import { pickerDate, storedDate, storedTime, weekdayNames } from '../calendar';
import { readCourseSchedule, withDay, writeCourseSchedule } from '../course-schedule';
import { changedSelection, languageOptions } from '../language-codes';
import { readLinks, writeLinks } from '../links';
import { nextSlot, readOpeningHours, withClosed, writeOpeningHours } from '../opening-hours';
import { readTextList, readTexts, withText } from '../texts';

describe('calendar', () => {
  test('weekdays Monday to Sunday in the admin’s language', () => {
    expect(weekdayNames('de').map(({ name }) => name)).toEqual([
      'Montag',
      'Dienstag',
      'Mittwoch',
      'Donnerstag',
      'Freitag',
      'Samstag',
      'Sonntag',
    ]);
    expect(weekdayNames('en')[6]).toEqual({ day: 'sun', name: 'Sunday' });
  });

  test.each([
    ['09:30', '09:30'],
    ['9:30', '09:30'],
    ['09.30', '09:30'],
    [' 18:05 ', '18:05'],
    ['', ''],
    [undefined, ''],
    ['9 Uhr', ''],
  ])('the time %p is stored as %p', (text, stored) => {
    expect(storedTime(text)).toBe(stored);
  });

  test('a stored date is the same day in the picker and back, in any time zone', () => {
    const date = pickerDate('2026-12-24');
    expect([date?.getFullYear(), date?.getMonth(), date?.getDate()]).toEqual([2026, 11, 24]);
    expect(storedDate(date)).toBe('2026-12-24');
    expect(storedDate(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(pickerDate('')).toBeUndefined();
    expect(storedDate(undefined)).toBe('');
  });
});

describe('opening hours', () => {
  const stored = {
    weekly: [{ day: 'mon', opens: '07:30', closes: '16:00' }],
    exceptions: [
      { date: '2026-12-24', closed: true },
      { date: '2026-12-31', closed: false, opens: '08:00', closes: '12:00' },
    ],
  };

  test('are edited as stored and stored as edited', () => {
    expect(readOpeningHours(stored)).toEqual(stored);
    expect(writeOpeningHours(readOpeningHours(stored))).toEqual(stored);
  });

  test('without any row are no opening hours', () => {
    expect(readOpeningHours(null)).toEqual({ weekly: [], exceptions: [] });
    expect(readOpeningHours({ weekly: 'x' })).toEqual({ weekly: [], exceptions: [] });
    expect(writeOpeningHours({ weekly: [], exceptions: [] })).toBeNull();
  });

  test('a new slot follows the last one, with its times', () => {
    expect(nextSlot([])).toEqual({ day: 'mon', opens: '', closes: '' });
    expect(nextSlot(readOpeningHours(stored).weekly)).toEqual({
      day: 'tue',
      opens: '07:30',
      closes: '16:00',
    });
    expect(nextSlot([{ day: 'sun', opens: '10:00', closes: '12:00' }]).day).toBe('mon');
  });

  test('a closed day has no hours, an open one gets hours to enter', () => {
    const open = { date: '2026-12-31', closed: false, opens: '08:00', closes: '12:00' };
    expect(withClosed(open, true)).toEqual({ date: '2026-12-31', closed: true });
    expect(withClosed({ date: '2026-12-31', closed: true }, false)).toEqual({
      date: '2026-12-31',
      closed: false,
      opens: '',
      closes: '',
    });
  });
});

describe('course schedule', () => {
  test('weekdays stay in calendar order', () => {
    const schedule = readCourseSchedule({ days: ['mon', 'thu'], start: '08:30', end: '11:45' });
    expect(withDay(schedule, 'tue', true).days).toEqual(['mon', 'tue', 'thu']);
    expect(withDay(schedule, 'mon', false).days).toEqual(['thu']);
    expect(withDay(schedule, 'mon', true).days).toEqual(['mon', 'thu']);
  });

  test('nothing entered is no schedule', () => {
    expect(readCourseSchedule(null)).toEqual({ days: [], start: '', end: '' });
    expect(writeCourseSchedule({ days: [], start: '', end: '' })).toBeNull();
    expect(writeCourseSchedule({ days: [], start: '08:00', end: '' })).toEqual({
      days: [],
      start: '08:00',
      end: '',
    });
  });
});

describe('links and texts', () => {
  test('links are edited as stored; none left is no links', () => {
    const links = [{ url: 'https://example.org', label: { de: 'Programm', en: 'Programme' } }];
    expect(readLinks(links)).toEqual(links);
    expect(readLinks(null)).toEqual([]);
    expect(writeLinks([])).toBeNull();
  });

  test('an emptied text is not translated, never an empty string', () => {
    expect(withText({ de: 'Beratung', en: 'Advice' }, 'en', '')).toEqual({ de: 'Beratung' });
    expect(withText({ de: 'Beratung' }, 'ar', 'استشارة')).toEqual({
      de: 'Beratung',
      ar: 'استشارة',
    });
    expect(readTexts({ de: 'Beratung', en: 3 })).toEqual({ de: 'Beratung' });
    expect(readTexts(['de'])).toEqual({});
  });
});

describe('language codes', () => {
  test('are offered with German names, alphabetically, and stored ones are kept', () => {
    const options = languageOptions(['de', 'xh'], 'de');
    const names = options.map(({ name }) => name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'de')));
    expect(options).toContainEqual({ code: 'fa', name: 'Persisch' });
    expect(options).toContainEqual({ code: 'ar', name: 'Arabisch' });
    expect(options.map(({ code }) => code)).toContain('xh');
    expect(new Set(options.map(({ code }) => code)).size).toBe(options.length);
  });

  test('every common language has a name of its own in German', () => {
    for (const { code, name } of languageOptions([], 'de')) {
      expect(name).not.toBe(code);
    }
  });

  test('keep the editor’s order: kept codes stay, added ones follow', () => {
    expect(changedSelection(['de', 'en', 'ar'], ['ar', 'de', 'fa', 'en'])).toEqual([
      'de',
      'en',
      'ar',
      'fa',
    ]);
    expect(changedSelection(['de', 'en'], ['en'])).toEqual(['en']);
    expect(changedSelection(['de'], [])).toBeNull();
    expect(readTextList(['de', 1, 'ar'])).toEqual(['de', 'ar']);
    expect(readTextList(null)).toEqual([]);
  });
});
