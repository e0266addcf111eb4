import {
  formatAge,
  formatCalendarDate,
  formatDateRange,
  formatEuro,
  formatLanguageName,
  formatTime,
  formatTimeRange,
  formatTimestampDate,
  formatWeekday,
  formatWeekdays,
  normalizeTime,
  parseCalendarDate,
  sortWeekdays,
} from '../../shared/format';

/** Intl separates some parts with (narrow) no-break spaces; compare them as plain spaces. */
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f\u2009]/g, ' ') ?? null;

describe('Intl formatting', () => {
  test('weekday names come from Intl in the reader’s language', () => {
    expect(formatWeekday('mon', 'de')).toBe('Montag');
    expect(formatWeekday('sun', 'en')).toBe('Sunday');
    expect(formatWeekday('fri', 'ar')).toBe('الجمعة');
    expect(formatWeekday('mon', 'uk')).toBe('понеділок');
    expect(formatWeekday('wed', 'de', 'short')).toBe('Mi');
  });

  test('lists of weekdays are in week order and joined as the language does', () => {
    expect(formatWeekdays(['thu', 'mon', 'tue'], 'de')).toBe('Montag, Dienstag und Donnerstag');
    expect(formatWeekdays(['wed', 'mon'], 'en')).toBe('Monday and Wednesday');
    expect(sortWeekdays(['sun', 'mon', 'sun'])).toEqual(['mon', 'sun']);
  });

  test('calendar dates are formatted without a time-zone shift, Gregorian in Persian too', () => {
    expect(formatCalendarDate('2026-09-07', 'de')).toBe('7. September 2026');
    expect(formatCalendarDate('2026-09-07', 'en')).toBe('September 7, 2026');
    expect(formatCalendarDate('2026-09-07', 'fa')).toContain('۲۰۲۶');
    expect(formatCalendarDate('2026-02-30', 'de')).toBeNull();
    expect(formatCalendarDate('gestern', 'de')).toBeNull();
    expect(parseCalendarDate('2026-09-07T10:00:00Z')?.toISOString()).toBe(
      '2026-09-07T00:00:00.000Z'
    );
  });

  test('date ranges', () => {
    expect(plain(formatDateRange('2026-09-07', '2027-02-26', 'de'))).toBe(
      '7. September 2026 – 26. Februar 2027'
    );
    expect(formatDateRange('2026-09-07', null, 'de')).toBe('7. September 2026');
    expect(formatDateRange(null, null, 'de')).toBeNull();
  });

  test('timestamps are shown as the day in Lehrte, in the reader’s language', () => {
    expect(formatTimestampDate('2026-11-03T23:30:00.000Z', 'de')).toBe('4. November 2026');
    expect(formatTimestampDate('2026-11-03T10:00:00.000Z', 'en')).toBe('November 3, 2026');
    // Gregorian in Persian too, with Persian digits.
    expect(formatTimestampDate('2026-11-03T10:00:00.000Z', 'fa')).toContain('۲۰۲۶');
    expect(formatTimestampDate('not a date', 'de')).toBeNull();
    expect(formatTimestampDate(null, 'de')).toBeNull();
  });

  test('wall-clock times and ranges in the language’s clock', () => {
    expect(formatTime('09:00', 'de')).toBe('9:00');
    expect(plain(formatTime('09:00:00.000', 'en'))).toBe('9:00 AM');
    expect(plain(formatTimeRange('09:00', '12:30', 'de'))).toBe('09:00–12:30 Uhr');
    expect(plain(formatTimeRange('09:00', '12:30', 'en'))).toBe('9:00 AM – 12:30 PM');
    expect(formatTimeRange('25:00', '12:30', 'de')).toBeNull();
    expect(normalizeTime('9:00')).toBeNull();
    expect(normalizeTime('09:05:00')).toBe('09:05');
  });

  test('language names in the reader’s language', () => {
    expect(formatLanguageName('fa', 'de')).toBe('Persisch');
    expect(formatLanguageName('ar', 'fa')).toBe('عربی');
    expect(formatLanguageName('uk', 'en')).toBe('Ukrainian');
  });

  test('prices and ages', () => {
    expect(plain(formatEuro(25, 'de'))).toBe('25 €');
    expect(plain(formatEuro(12.5, 'de'))).toBe('12,50 €');
    expect(formatAge(36, 'de')).toBe('3 Jahre');
    expect(formatAge(18, 'de')).toBe('18 Monate');
    expect(formatAge(12, 'en')).toBe('1 year');
  });
});
