/**
 * Which cards of the builder are open, by dotted path. Cards are known by
 * their place, so moving or removing an item moves the open state with it.
 */
export type OpenCards = ReadonlySet<string>;

const renumber = (
  path: string,
  list: string,
  map: (index: number) => number | null
): string | null => {
  if (!path.startsWith(`${list}.`)) {
    return path;
  }
  const rest = path.slice(list.length + 1);
  const [head = '', ...tail] = rest.split('.');
  if (!/^\d+$/.test(head)) {
    return path;
  }
  const index = map(Number(head));
  return index === null ? null : [list, String(index), ...tail].join('.');
};

const remap = (open: OpenCards, list: string, map: (index: number) => number | null): OpenCards =>
  new Set(
    [...open]
      .map((path) => renumber(path, list, map))
      .filter((path): path is string => path !== null)
  );

/**
 * The open cards after two neighbours of a list changed places.
 * @param open the open cards
 * @param list the list's dotted path, e.g. `steps.0.fields`
 * @param from the moved item's index
 * @param to its new index
 */
export const swapOpen = (open: OpenCards, list: string, from: number, to: number): OpenCards =>
  remap(open, list, (index) => (index === from ? to : index === to ? from : index));

/**
 * The open cards after an item of a list was removed.
 * @param open the open cards
 * @param list the list's dotted path
 * @param removed the removed item's index
 */
export const dropOpen = (open: OpenCards, list: string, removed: number): OpenCards =>
  remap(open, list, (index) => (index === removed ? null : index > removed ? index - 1 : index));

/**
 * The open cards with every card that contains a place opened, so the place can be shown.
 * @param open the open cards
 * @param path the place's dotted path, e.g. `steps.1.fields.3.label.de`
 */
export const revealOpen = (open: OpenCards, path: string): OpenCards => {
  const next = new Set(open);
  const segments = path.split('.');
  segments.forEach((segment, index) => {
    if (/^\d+$/.test(segment)) {
      next.add(segments.slice(0, index + 1).join('.'));
    }
  });
  return next;
};
