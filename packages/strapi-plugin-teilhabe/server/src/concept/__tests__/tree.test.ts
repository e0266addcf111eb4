import { placeChapters } from '../tree';

const node = (documentId: string, parent: string | null, position: number) => ({
  documentId,
  parent,
  position,
  title: documentId,
});

describe('placeChapters', () => {
  test('numbers nested chapters depth first by position', () => {
    expect(
      placeChapters([
        node('b', null, 2),
        node('b2', 'b', 2),
        node('a', null, 1),
        node('b1', 'b', 1),
      ]).map((entry) => `${entry.number} ${entry.documentId} ${entry.depth}`)
    ).toEqual(['1 a 0', '2 b 0', '2.1 b1 1', '2.2 b2 1']);
  });

  test('a missing parent makes a top-level chapter; a cycle lists each chapter once', () => {
    const placed = placeChapters([node('orphan', 'gone', 1), node('x', 'y', 2), node('y', 'x', 3)]);
    expect(placed.map((entry) => entry.documentId).sort()).toEqual(['orphan', 'x', 'y']);
    expect(placed[0]).toEqual({ documentId: 'orphan', depth: 0, number: '1' });
  });
});
