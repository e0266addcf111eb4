import fc from 'fast-check';
import { parsePost, toPostEntries, validateAnswers, type Answers } from '../src/index.ts';
import { definition, directoryOptions, TODAY, validAnswers } from './fixture.ts';

const checked = (answers: unknown): Answers => {
  const result = validateAnswers({ definition }, answers, {
    locale: 'de',
    today: TODAY,
    directoryOptions,
  });
  if (!result.ok) {
    throw new Error(JSON.stringify(result.errors));
  }
  return result.answers;
};

test('a posted step becomes typed answers', () => {
  const body = new URLSearchParams(
    'needsSupport=true&children[0][childName][given]=Lina&children[0][childName][family]=Yılmaz' +
      '&children[0][birthDate][day]=7&children[0][birthDate][month]=3&children[0][birthDate][year]=2022' +
      '&children[2][childName][given]=Can&children[2][childName][family]=Yılmaz&children[2][birthDate]=2024-01-31' +
      '&children[0][supportText]=Hilfe&csrf=abc&intro=ignored'
  );
  expect(parsePost(definition, body, 'child')).toEqual({
    needsSupport: true,
    children: [
      {
        childName: { given: 'Lina', family: 'Yılmaz' },
        birthDate: '2022-03-07',
        supportText: 'Hilfe',
      },
      { childName: { given: 'Can', family: 'Yılmaz' }, birthDate: '2024-01-31' },
    ],
  });
});

test('repeated keys for a multiple choice, a checkbox "on" for consent, numbers with a German comma', () => {
  const form = new FormData();
  for (const [name, value] of [
    ['facilities', 'kita-a1b2c3d4'],
    ['facilities', 'kita-e5f6g7h8'],
    ['privacy', 'on'],
    ['siblings', ' 2 '],
    ['hours', '6'],
    ['address[postalCode]', '12345'],
    ['phone', ''],
  ] as const) {
    form.append(name, value);
  }
  form.append('documents', new Blob(['%PDF']), 'a.pdf');
  expect(parsePost(definition, form, 'contact')).toEqual({
    facilities: ['kita-a1b2c3d4', 'kita-e5f6g7h8'],
    privacy: true,
    siblings: 2,
    hours: '6',
    address: { postalCode: '12345' },
    phone: '',
  });
  expect(parsePost(definition, [['siblings', '1.000,5']], 'contact')).toEqual({ siblings: 1000.5 });
  expect(parsePost(definition, [['siblings', '2,5']], 'contact')).toEqual({ siblings: 2.5 });
});

test('what cannot be typed stays a string, for the validation to refuse with a message', () => {
  const posted = parsePost(definition, [
    ['siblings', 'zwei'],
    ['needsSupport', 'vielleicht'],
    ['privacy', 'yes'],
  ]);
  expect(posted).toEqual({ siblings: 'zwei', needsSupport: 'vielleicht', privacy: 'yes' });
  const result = validateAnswers({ definition }, posted, {
    locale: 'ar',
    today: TODAY,
    stepKey: 'contact',
  });
  expect(result.ok || result.errors.find((error) => error.code === 'number')?.message).toBe(
    'يجب أن يكون «عدد الإخوة» رقمًا'
  );
});

test('an empty three-part date is no answer; a partial one is an invalid date', () => {
  const parts = (day: string, month: string, year: string) =>
    parsePost(
      definition,
      [
        ['start[day]', day],
        ['start[month]', month],
        ['start[year]', year],
      ],
      'contact'
    );
  expect(parts('', '', '')).toEqual({ start: '' });
  expect(parts('1', '', '2026')).toEqual({ start: '2026-00-01' });
});

test('the answers of the whole form, carried as hidden inputs, read back the same', () => {
  const answers = checked({
    ...validAnswers(),
    hours: '8',
    reason: 'Schicht\nFrüh',
    reasonDetails: 'Dienstplan',
  });
  expect(parsePost(definition, toPostEntries(answers))).toEqual(answers);
});

test('entries are flat strings in the bracket convention', () => {
  expect(toPostEntries({ a: ['x', 'y'], b: [{ c: { d: 'e' } }], f: false, g: 2.5 })).toEqual([
    ['a', 'x'],
    ['a', 'y'],
    ['b[0][c][d]', 'e'],
    ['f', 'false'],
    ['g', '2.5'],
  ]);
});

/** Valid answers for the fixture, built from generated parts. */
const answersArbitrary = fc
  .record({
    text: fc
      .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
      .filter((value) => value.trim() !== ''),
    needsSupport: fc.boolean(),
    children: fc.array(
      fc.record({
        given: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }),
        birthDate: fc.date({
          min: new Date('2016-07-01'),
          max: new Date('2026-06-01'),
          noInvalidDate: true,
        }),
      }),
      { minLength: 1, maxLength: 3 }
    ),
    hours: fc.constantFrom('4', '6', '8'),
    facilities: fc.subarray(['kita-a1b2c3d4', 'kita-e5f6g7h8', 'kita-i9j0k1l2'], {
      minLength: 1,
      maxLength: 2,
    }),
    siblings: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    documents: fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9_-]{8,30}$/), {
      minLength: 0,
      maxLength: 2,
    }),
    interpreter: fc.option(fc.string({ unit: 'grapheme', maxLength: 20 }), { nil: undefined }),
  })
  .map((parts) => {
    const answers: Record<string, unknown> = {
      ...validAnswers(),
      needsSupport: parts.needsSupport,
      children: parts.children.map((child) => ({
        childName: { given: child.given, family: parts.text },
        birthDate: child.birthDate.toISOString().slice(0, 10),
        supportText: `${parts.text}\n${child.given}`,
      })),
      guardian: { given: parts.text, family: '"<b>&amp;' },
      hours: parts.hours,
      reason: parts.text,
      facilities: parts.facilities,
      siblings: parts.siblings,
      documents: parts.documents,
      _interpreter: parts.interpreter,
    };
    return answers;
  });

test('property: toPostEntries then parsePost gives back the checked answers', () => {
  fc.assert(
    fc.property(answersArbitrary, (raw) => {
      const result = validateAnswers({ definition }, raw, {
        locale: 'de',
        today: TODAY,
        directoryOptions,
      });
      fc.pre(result.ok);
      if (result.ok) {
        const entries = toPostEntries(result.answers);
        expect(parsePost(definition, new URLSearchParams(entries))).toEqual(result.answers);
      }
    }),
    { numRuns: 300 }
  );
});
