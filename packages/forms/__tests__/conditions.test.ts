import fc from 'fast-check';
import {
  conditionHolds,
  formDefinitionSchema,
  isAnswered,
  pruneHidden,
  visibleFields,
  visibleSteps,
} from '../src/index.ts';
import { definition, text } from './fixture.ts';

describe('conditionHolds', () => {
  test('equals and notEquals compare exactly: a choice value, a boolean, a number', () => {
    expect(conditionHolds({ field: 'a', operator: 'equals', value: '8' }, { a: '8' })).toBe(true);
    expect(conditionHolds({ field: 'a', operator: 'equals', value: '8' }, { a: 8 })).toBe(false);
    expect(conditionHolds({ field: 'a', operator: 'equals', value: true }, { a: true })).toBe(true);
    expect(conditionHolds({ field: 'a', operator: 'equals', value: true }, { a: 'true' })).toBe(
      false
    );
    expect(conditionHolds({ field: 'a', operator: 'notEquals', value: 3 }, { a: 4 })).toBe(true);
    expect(conditionHolds({ field: 'a', operator: 'notEquals', value: 3 }, {})).toBe(true);
  });
  test('includes holds for a multiple choice that contains the value only', () => {
    expect(
      conditionHolds({ field: 'a', operator: 'includes', value: 'x' }, { a: ['y', 'x'] })
    ).toBe(true);
    expect(conditionHolds({ field: 'a', operator: 'includes', value: 'x' }, { a: 'x' })).toBe(
      false
    );
    expect(conditionHolds({ field: 'a', operator: 'includes', value: 'x' }, {})).toBe(false);
  });
  test('answered: anything but missing, blank, empty', () => {
    const answered = (a: unknown) => conditionHolds({ field: 'a', operator: 'answered' }, { a });
    expect([
      answered('x'),
      answered(0),
      answered(false),
      answered(['x']),
      answered({ given: 'A', family: '' }),
    ]).toEqual([true, true, true, true, true]);
    expect([
      answered(''),
      answered('  '),
      answered([]),
      answered(null),
      answered(undefined),
      answered({ given: '' }),
    ]).toEqual([false, false, false, false, false, false]);
  });
  test('no condition holds; an inherited property is no answer', () => {
    expect(conditionHolds(undefined, {})).toBe(true);
    expect(conditionHolds({ field: 'constructor', operator: 'answered' }, {})).toBe(false);
    expect(isAnswered({})).toBe(false);
  });
});

describe('visible steps and fields', () => {
  test('a step shows when its condition holds', () => {
    expect(visibleSteps({ definition }, { hours: '6' }).map((step) => step.key)).toEqual([
      'child',
      'contact',
    ]);
    expect(visibleSteps(definition, { hours: '8' }).map((step) => step.key)).toEqual([
      'child',
      'contact',
      'longDay',
    ]);
  });
  test('a field shows when its condition holds', () => {
    const longDay = definition.steps[2]!;
    expect(visibleFields(longDay, {}).map((field) => field.key)).toEqual(['reason']);
    expect(visibleFields(longDay, { reason: 'x' }).map((field) => field.key)).toEqual([
      'reason',
      'reasonDetails',
    ]);
  });
});

describe('pruneHidden', () => {
  test('drops answers of hidden fields, hidden steps and hidden group item fields; keeps unknown keys for validation', () => {
    const pruned = pruneHidden(definition, {
      needsSupport: false,
      children: [{ childName: { given: 'A', family: 'B' }, supportText: 'x' }],
      hours: '6',
      reason: 'weil',
      reasonDetails: 'mehr',
      stranger: 1,
    });
    expect(pruned).toEqual({
      needsSupport: false,
      children: [{ childName: { given: 'A', family: 'B' } }],
      hours: '6',
      stranger: 1,
    });
  });
  test('a chain: a field shown only by a hidden field is hidden too', () => {
    const chained = formDefinitionSchema.parse({
      steps: [
        {
          key: 'one',
          title: text('Eins', 'واحد'),
          fields: [
            { key: 'a', type: 'yesNo', label: text('A', 'أ'), purpose: 'Test' },
            {
              key: 'b',
              type: 'shortText',
              label: text('B', 'ب'),
              purpose: 'Test',
              condition: { field: 'a', operator: 'equals', value: true },
            },
            {
              key: 'c',
              type: 'shortText',
              label: text('C', 'ج'),
              purpose: 'Test',
              condition: { field: 'b', operator: 'answered' },
            },
          ],
        },
      ],
      statuses: [
        {
          code: 'received',
          label: text('Eingegangen', 'تم الاستلام'),
          message: text('Danke', 'شكرًا'),
          closesCase: true,
        },
      ],
    });
    expect(pruneHidden(chained, { a: false, b: 'stale', c: 'stale too' })).toEqual({ a: false });
    expect(pruneHidden(chained, { a: true, b: 'x', c: 'y' })).toEqual({ a: true, b: 'x', c: 'y' });
  });
});

test('property: pruning twice changes nothing, and a pruned answer never belongs to a hidden step', () => {
  const answer = fc.oneof(
    fc.constantFrom('4', '6', '8', '', 'x'),
    fc.boolean(),
    fc.integer(),
    fc.constant(undefined)
  );
  fc.assert(
    fc.property(
      fc.record({ needsSupport: answer, hours: answer, reason: answer, reasonDetails: answer }),
      (raw) => {
        const answers = Object.fromEntries(
          Object.entries(raw).filter(([, value]) => value !== undefined)
        );
        const once = pruneHidden(definition, answers);
        expect(pruneHidden(definition, once)).toEqual(once);
        const shown = new Set(
          visibleSteps(definition, answers).flatMap((step) => step.fields.map((field) => field.key))
        );
        for (const key of Object.keys(once)) {
          expect(shown.has(key)).toBe(true);
        }
      }
    )
  );
});
