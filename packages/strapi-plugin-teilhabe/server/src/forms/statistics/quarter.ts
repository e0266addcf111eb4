import { cityToday } from '@teilhabe/forms';

/** A calendar quarter, e.g. `2026-Q4`: the finest time a statistical count keeps. */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

const QUARTER_PATTERN = /^(\d{4})-Q([1-4])$/;

/**
 * The quarter of a moment, in the city's time zone (a report sent on New
 * Year's Eve at 23:30 in Lehrte counts for the old year).
 * @param now the moment
 * @returns e.g. `2026-Q4`
 */
export const quarterOf = (now: Date): Quarter => {
  const [year, month] = cityToday(now).split('-').map(Number) as [number, number];
  return `${year}-Q${Math.ceil(month / 3)}` as Quarter;
};

/** Whether a text is a quarter such as `2026-Q4`. */
export const isQuarter = (text: string): text is Quarter => QUARTER_PATTERN.test(text);

/**
 * The quarter before another.
 * @param quarter e.g. `2026-Q1`
 * @returns e.g. `2025-Q4`
 */
export const previousQuarter = (quarter: Quarter): Quarter => {
  const [, year, number] = QUARTER_PATTERN.exec(quarter)!.map(Number) as [number, number, number];
  return (number === 1 ? `${year - 1}-Q4` : `${year}-Q${number - 1}`) as Quarter;
};

/**
 * The last `count` quarters that have ended before `now`, oldest first.
 * @param now the moment; its own quarter is not included
 * @param count how many quarters
 */
export const endedQuarters = (now: Date, count: number): Quarter[] => {
  const quarters: Quarter[] = [];
  let quarter = previousQuarter(quarterOf(now));
  for (let index = 0; index < count; index += 1) {
    quarters.unshift(quarter);
    quarter = previousQuarter(quarter);
  }
  return quarters;
};

/** Midnight (UTC) of a quarter's first day: the only timestamp a count row carries. */
export const startOfQuarter = (quarter: Quarter): Date => {
  const [, year, number] = QUARTER_PATTERN.exec(quarter)!.map(Number) as [number, number, number];
  return new Date(Date.UTC(year, (number - 1) * 3, 1));
};
