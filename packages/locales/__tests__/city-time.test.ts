import { CITY_TIME_ZONE, cityToday } from '../src/city-time.ts';

describe('the city’s day', () => {
  test('the time zone is Berlin’s', () => {
    expect(CITY_TIME_ZONE).toBe('Europe/Berlin');
  });

  test.each([
    // Winter (UTC+1): the day starts at 23:00 UTC of the day before.
    ['2026-01-14T22:59:59Z', '2026-01-14'],
    ['2026-01-14T23:00:00Z', '2026-01-15'],
    // Summer (UTC+2): at 22:00 UTC.
    ['2026-07-31T21:59:59Z', '2026-07-31'],
    ['2026-07-31T22:00:00Z', '2026-08-01'],
    // New Year in Lehrte while it is still the old year in UTC.
    ['2026-12-31T23:30:00Z', '2027-01-01'],
  ])('at %s it is %s in the city', (instant, day) => {
    expect(cityToday(new Date(instant))).toBe(day);
  });

  test('without an argument it is the current day in the city', () => {
    const before = cityToday(new Date());
    const today = cityToday();
    const after = cityToday(new Date());
    expect([before, after]).toContain(today);
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
