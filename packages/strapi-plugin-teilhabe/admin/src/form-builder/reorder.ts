/**
 * Moves one item of a list by `offset` places (-1: up, 1: down).
 * @param items the list, left unchanged
 * @param index the item to move
 * @param offset places to move; the item stops at either end
 * @returns a new list
 */
export const moveItem = <T>(items: readonly T[], index: number, offset: number): T[] => {
  const target = Math.min(Math.max(index + offset, 0), items.length - 1);
  const next = [...items];
  if (index < 0 || index >= items.length || target === index) {
    return next;
  }
  const [moved] = next.splice(index, 1) as [T];
  next.splice(target, 0, moved);
  return next;
};

/**
 * Replaces one item of a list.
 * @returns a new list with `item` at `index`
 */
export const replaceAt = <T>(items: readonly T[], index: number, item: T): T[] =>
  items.map((current, position) => (position === index ? item : current));

/**
 * Removes one item of a list.
 * @returns a new list without the item at `index`
 */
export const removeAt = <T>(items: readonly T[], index: number): T[] =>
  items.filter((_, position) => position !== index);
