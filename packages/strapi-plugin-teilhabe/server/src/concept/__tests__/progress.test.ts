import { rollUpProgress, statusHistory, type ProgressInput } from '../progress';

const measure = (documentId: string, fields: Partial<ProgressInput> = {}): ProgressInput => ({
  documentId,
  status: 'proposed',
  progressPercent: null,
  weight: 1,
  children: [],
  ...fields,
});

const roll = (...measures: ProgressInput[]) =>
  rollUpProgress(new Map(measures.map((entry) => [entry.documentId, entry])));

describe('rollUpProgress', () => {
  test('a given percentage wins over the status default', () => {
    const result = roll(measure('a', { status: 'done', progressPercent: 40 }), measure('b'));
    expect(result.get('a')).toEqual({ percent: 40, source: 'given' });
    expect(result.get('b')).toEqual({ percent: 0, source: 'status' });
  });

  test('paused and dropped measures without a number show none', () => {
    const result = roll(measure('a', { status: 'paused' }), measure('b', { status: 'dropped' }));
    expect(result.get('a')).toEqual({ percent: null, source: 'none' });
    expect(result.get('b')).toEqual({ percent: null, source: 'none' });
  });

  test('sub-measures roll up weighted, over two levels, skipping those without a number', () => {
    const result = roll(
      measure('top', { children: ['mid', 'paused'] }),
      measure('mid', { children: ['x', 'y'], weight: 1 }),
      measure('x', { status: 'done', weight: 3 }),
      measure('y', { progressPercent: 20, weight: 1 }),
      measure('paused', { status: 'paused', weight: 5 })
    );
    expect(result.get('mid')).toEqual({ percent: 80, source: 'sub_measures' });
    expect(result.get('top')).toEqual({ percent: 80, source: 'sub_measures' });
  });

  test('a cycle ends the roll-up instead of looping', () => {
    const result = roll(
      measure('a', { children: ['b'] }),
      measure('b', { children: ['a'], progressPercent: 50 })
    );
    expect(result.size).toBe(2);
  });
});

describe('statusHistory', () => {
  test('collapses repeats and orders by date', () => {
    expect(
      statusHistory([
        { status: 'in_progress', revisedAt: '2026-03-01T00:00:00.000Z' },
        { status: 'proposed', revisedAt: '2026-01-01T00:00:00.000Z' },
        { status: 'proposed', revisedAt: '2026-02-01T00:00:00.000Z' },
      ])
    ).toEqual([
      { status: 'proposed', since: '2026-01-01T00:00:00.000Z' },
      { status: 'in_progress', since: '2026-03-01T00:00:00.000Z' },
    ]);
  });
});
