import { endedQuarters, previousQuarter, quarterOf, startOfQuarter } from '../quarter';
import { publishedCount, suppressSmallCounts, STATISTICS_THRESHOLD } from '../suppress';

const key = (field: string, option: string, quarter: string) => `${field}\0${option}\0${quarter}`;

describe('quarters', () => {
  test('in the city time zone: New Year’s Eve 23:30 in Lehrte is still the old year', () => {
    expect(quarterOf(new Date('2026-12-31T22:30:00Z'))).toBe('2026-Q4');
    expect(quarterOf(new Date('2026-12-31T23:30:00Z'))).toBe('2027-Q1');
    expect(quarterOf(new Date('2026-04-01T00:00:00+02:00'))).toBe('2026-Q2');
  });

  test('the ended quarters leave the running one out, oldest first', () => {
    expect(previousQuarter('2026-Q1')).toBe('2025-Q4');
    expect(endedQuarters(new Date('2026-12-02T12:00:00Z'), 3)).toEqual([
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    expect(startOfQuarter('2026-Q3').toISOString()).toBe('2026-07-01T00:00:00.000Z');
  });
});

describe('small counts', () => {
  test('0 to 4 are never revealed, 5 and more are', () => {
    expect(STATISTICS_THRESHOLD).toBe(5);
    for (const count of [0, 1, 2, 3, 4]) {
      expect(publishedCount(count)).toEqual({ count: null, fewerThanThreshold: true });
    }
    expect(publishedCount(5)).toEqual({ count: 5, fewerThanThreshold: false });
    expect(publishedCount(23)).toEqual({ count: 23, fewerThanThreshold: false });
  });

  const fields = new Map([['area', ['admin', 'police', 'other']]]);

  test('a total is published only when no count of its quarter is suppressed', () => {
    const counts = new Map([
      [key('area', 'admin', 'Q1'), 9],
      [key('area', 'police', 'Q1'), 6],
      [key('area', 'other', 'Q1'), 5],
      [key('area', 'admin', 'Q2'), 9],
      [key('area', 'police', 'Q2'), 2],
      [key('area', 'other', 'Q2'), 7],
    ]);
    const [q1, q2] = suppressSmallCounts(['Q1', 'Q2'], fields, counts).get('area')!;
    expect(q1!.total).toBe(20);
    expect(q2!.cells).toEqual([
      { option: 'admin', count: 9, fewerThanThreshold: false },
      { option: 'police', count: null, fewerThanThreshold: true },
      { option: 'other', count: 7, fewerThanThreshold: false },
    ]);
    // 18 − 9 − 7 would give the 2 back.
    expect(q2!.total).toBeNull();
  });

  test('no published number of a quarter with a suppressed count adds up to it', () => {
    // Every combination of small and large counts: what is published must
    // never let the suppressed sum be worked out (published total minus shown counts).
    for (const a of [0, 1, 4, 5, 12]) {
      for (const b of [0, 3, 5, 8]) {
        const counts = new Map([
          [key('area', 'admin', 'Q'), a],
          [key('area', 'police', 'Q'), b],
          [key('area', 'other', 'Q'), 6],
        ]);
        const [quarter] = suppressSmallCounts(['Q'], fields, counts).get('area')!;
        const suppressed = quarter!.cells.filter((cell) => cell.fewerThanThreshold);
        if (suppressed.length > 0) {
          expect(quarter!.total).toBeNull();
          expect(JSON.stringify(quarter)).not.toMatch(/"count":[0-4]\b/);
        } else {
          expect(quarter!.total).toBe(a + b + 6);
        }
      }
    }
  });

  test('a suppressed count in one field withholds the totals of every field of that quarter', () => {
    // Two required fields count the same reports: the one's total would give the other's away.
    const two = new Map([
      ['area', ['admin', 'police']],
      ['kind', ['seen', 'experienced']],
    ]);
    const counts = new Map([
      [key('area', 'admin', 'Q'), 7],
      [key('area', 'police', 'Q'), 6],
      [key('kind', 'seen', 'Q'), 10],
      [key('kind', 'experienced', 'Q'), 3],
    ]);
    const published = suppressSmallCounts(['Q'], two, counts);
    expect(published.get('area')![0]!.total).toBeNull();
    expect(published.get('kind')![0]!.total).toBeNull();
  });

  test('an option nobody chose counts as fewer than 5', () => {
    const [quarter] = suppressSmallCounts(['Q'], fields, new Map()).get('area')!;
    expect(quarter!.cells.every((cell) => cell.fewerThanThreshold && cell.count === null)).toBe(
      true
    );
    expect(quarter!.total).toBeNull();
  });
});
