import { MEASURE_STATUSES, type MeasureStatus } from './statuses';

/** The measures list's filters, as in the page URL (`?handlungsfeld=…&status=…`). */
export interface MeasureFilters {
  fieldOfAction: string | null;
  statuses: MeasureStatus[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).map(String);

/**
 * Reads the measures filters from a query string; unknown values are
 * dropped (old bookmarks keep working), never sent to the CMS.
 * @param query the parsed query string
 */
export function parseMeasureFilters(query: Record<string, unknown>): MeasureFilters {
  const field = list(query.handlungsfeld)[0];
  return {
    fieldOfAction: field && SLUG.test(field) ? field : null,
    statuses: list(query.status).filter((status): status is MeasureStatus =>
      (MEASURE_STATUSES as readonly string[]).includes(status)
    ),
  };
}

/**
 * A date from the URL (`?seit=2026-01-31`), or null when it is not a real day.
 * @param value the query value
 */
export function parseSince(value: unknown): string | null {
  const text = list(value)[0];
  return text && DATE.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) ? text : null;
}

/**
 * A slug or documentId from the URL, or null.
 * @param value the query value
 */
export function parseSlug(value: unknown): string | null {
  const text = list(value)[0];
  return text && SLUG.test(text) && text.length <= 100 ? text : null;
}
