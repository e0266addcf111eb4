import { formatLongDate } from '../../app/utils/date';

describe('formatLongDate', () => {
  test('formats in the reader’s language and the city’s time zone', () => {
    expect(formatLongDate('2026-11-03T23:30:00.000Z', 'de')).toBe('4. November 2026');
    expect(formatLongDate('2026-11-03T10:00:00.000Z', 'en')).toBe('November 3, 2026');
  });

  test('uses the Gregorian calendar in Persian too', () => {
    expect(formatLongDate('2026-11-03T10:00:00.000Z', 'fa')).toContain('۲۰۲۶');
  });

  test('returns null for an invalid timestamp', () => {
    expect(formatLongDate('not a date', 'de')).toBeNull();
  });
});
