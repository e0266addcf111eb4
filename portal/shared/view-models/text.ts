/**
 * Treats blank CMS strings like missing ones, so templates need only one check.
 * @param value a string field from the CMS, possibly absent
 * @returns the trimmed text, or `null` when there is none
 */
export function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * Drops the `null` holes GraphQL lists may contain.
 * @param items a GraphQL list
 * @returns the present items in their order
 */
export function presentItems<T>(
  items: ReadonlyArray<T | null | undefined> | null | undefined
): T[] {
  return (items ?? []).filter((item): item is T => item != null);
}
