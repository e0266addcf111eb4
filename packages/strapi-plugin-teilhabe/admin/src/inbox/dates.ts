const DAY = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', dateStyle: 'medium' });
const TIME = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  dateStyle: 'medium',
  timeStyle: 'short',
});

/** A stored day (`YYYY-MM-DD`) as Germans write it, e.g. "2. Dez. 2026". */
export const germanDay = (day: string): string => {
  const date = new Date(`${day}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? day : DAY.format(date);
};

/** A stored time in the city's time zone, e.g. "2. Dez. 2026, 09:15". */
export const germanTime = (time: string): string => {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? time : TIME.format(date);
};
