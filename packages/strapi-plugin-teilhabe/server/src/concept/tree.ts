/** A chapter's place in the tree: what numbering and the table of contents need. */
export interface TreeNode {
  documentId: string;
  parent: string | null;
  position: number;
  title: string;
}

export interface Placed {
  documentId: string;
  depth: number;
  /** "2.1": the numbers of its ancestors and its own place among its siblings. */
  number: string;
}

/**
 * Orders chapters for reading: depth first, siblings by position, then by
 * title. A chapter whose parent is missing (unpublished, or in another
 * edition) counts as top level; a cycle is broken where it is found, so
 * every chapter is listed exactly once.
 * @param nodes the published chapters of one edition
 * @returns the chapters in reading order with depth and number
 */
export const placeChapters = (nodes: readonly TreeNode[]): Placed[] => {
  const ids = new Set(nodes.map((node) => node.documentId));
  const children = new Map<string | null, TreeNode[]>();
  for (const node of nodes) {
    const parent =
      node.parent && ids.has(node.parent) && node.parent !== node.documentId ? node.parent : null;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const order = (a: TreeNode, b: TreeNode) =>
    a.position - b.position || a.title.localeCompare(b.title);
  const placed: Placed[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number, prefix: string) => {
    const siblings = [...(children.get(parent) ?? [])].sort(order);
    siblings.forEach((node, index) => {
      if (seen.has(node.documentId)) {
        return;
      }
      seen.add(node.documentId);
      const number = prefix ? `${prefix}.${index + 1}` : String(index + 1);
      placed.push({ documentId: node.documentId, depth, number });
      walk(node.documentId, depth + 1, number);
    });
  };
  walk(null, 0, '');
  // Chapters only reachable through a cycle: listed at the top level, after the rest.
  const topLevel = placed.filter((entry) => entry.depth === 0).length;
  const rest = nodes.filter((node) => !seen.has(node.documentId)).sort(order);
  rest.forEach((node, index) => {
    placed.push({ documentId: node.documentId, depth: 0, number: String(topLevel + index + 1) });
  });
  return placed;
};
