import { dropOpen, revealOpen, swapOpen } from '../open-cards';
import { moveItem, removeAt, replaceAt } from '../reorder';

describe('moveItem', () => {
  const items = ['a', 'b', 'c', 'd'];

  it('moves an item up and down by one place', () => {
    expect(moveItem(items, 2, -1)).toEqual(['a', 'c', 'b', 'd']);
    expect(moveItem(items, 0, 1)).toEqual(['b', 'a', 'c', 'd']);
  });

  it('stops at either end and leaves the original list alone', () => {
    expect(moveItem(items, 0, -1)).toEqual(items);
    expect(moveItem(items, 3, 1)).toEqual(items);
    expect(moveItem(items, 1, 5)).toEqual(['a', 'c', 'd', 'b']);
    expect(items).toEqual(['a', 'b', 'c', 'd']);
  });

  it('replaces and removes one item', () => {
    expect(replaceAt(items, 1, 'x')).toEqual(['a', 'x', 'c', 'd']);
    expect(removeAt(items, 0)).toEqual(['b', 'c', 'd']);
  });
});

describe('open cards follow their items', () => {
  it('swaps the open state of two neighbours, with what is open inside them', () => {
    const open = new Set(['steps.0', 'steps.0.fields.1', 'steps.2']);
    expect([...swapOpen(open, 'steps', 0, 1)].sort()).toEqual([
      'steps.1',
      'steps.1.fields.1',
      'steps.2',
    ]);
    expect([...swapOpen(open, 'steps.0.fields', 1, 2)].sort()).toEqual([
      'steps.0',
      'steps.0.fields.2',
      'steps.2',
    ]);
  });

  it('drops a removed item and renumbers the ones after it', () => {
    const open = new Set(['statuses.0', 'statuses.1', 'statuses.3']);
    expect([...dropOpen(open, 'statuses', 1)].sort()).toEqual(['statuses.0', 'statuses.2']);
  });

  it('opens every card around a place', () => {
    expect([...revealOpen(new Set(), 'steps.1.fields.3.options.0.label.ar')].sort()).toEqual([
      'steps.1',
      'steps.1.fields.3',
      'steps.1.fields.3.options.0',
    ]);
  });
});
