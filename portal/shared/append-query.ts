/**
 * Appends a query string to an address, before its fragment.
 * @param path an address with or without query and fragment
 * @param query a query string without `?`, e.g. `radius=large`
 * @returns the address with the query, unchanged for `''`
 */
export function appendQuery(path: string, query: string): string {
  if (!query) {
    return path;
  }
  const hashAt = path.indexOf('#');
  const base = hashAt < 0 ? path : path.slice(0, hashAt);
  const hash = hashAt < 0 ? '' : path.slice(hashAt);
  return `${base}${base.includes('?') ? '&' : '?'}${query}${hash}`;
}
