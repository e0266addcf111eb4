/** The UTC day of a time, `YYYY-MM-DD`. */
export const dayOf = (time: Date): string => time.toISOString().slice(0, 10);

/** Midnight (UTC) of a time's day: the finest timestamp the forms domain stores about residents. */
export const startOfDay = (time: Date): Date => new Date(`${dayOf(time)}T00:00:00.000Z`);

/** A day plus a number of days, `YYYY-MM-DD`. */
export const addDays = (day: string, days: number): string =>
  dayOf(new Date(new Date(`${day}T00:00:00.000Z`).getTime() + days * 86_400_000));
