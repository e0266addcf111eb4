import fc from 'fast-check';
import { MAX_ANSWERS_BYTES, validateAnswers, type ValidationResult } from '../src/index.ts';
import { definition, directoryOptions, TODAY, validAnswers } from './fixture.ts';

const check = (answers: unknown, locale = 'de'): ValidationResult =>
  validateAnswers({ definition }, answers, { locale, today: TODAY, directoryOptions });

const codesOf = (answers: unknown): string[] => {
  const result = check(answers);
  if (result.ok) {
    throw new Error('the answers passed');
  }
  return result.errors.map((error) => `${error.path.join('.')}:${error.code}`);
};

test.each([null, 'answers', 42, [validAnswers()], true])(
  'answers that are no object (%p) are refused',
  (answers) => {
    expect(codesOf(answers)).toEqual([':invalidAnswers']);
  }
);

test('unknown keys are refused, before anything else, with the path of each', () => {
  expect(codesOf({ ...validAnswers(), isAdmin: true, __proto__x: 1 })).toEqual([
    'isAdmin:unknownField',
    '__proto__x:unknownField',
  ]);
  const polluted = JSON.parse(
    '{"__proto__": {"polluted": true}, "email": "a@example.org"}'
  ) as unknown;
  expect(codesOf(polluted)).toEqual(['__proto__:unknownField']);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

test('answers of headings and info texts are unknown keys', () => {
  expect(codesOf({ ...validAnswers(), intro: 'x' })).toEqual(['intro:unknownField']);
});

test('answers larger than the limit are refused as a whole, also when a long text would be cut later', () => {
  const huge = { ...validAnswers(), reason: 'x'.repeat(MAX_ANSWERS_BYTES) };
  const result = check(huge, 'ar');
  expect(result).toEqual({
    ok: false,
    errors: [
      {
        path: [],
        code: 'answersTooLarge',
        message: 'إجاباتكم طويلة جدًا. يُرجى اختصار النصوص الطويلة والمحاولة مرة أخرى',
      },
    ],
  });
});

test('answers without JSON form (a cycle, a BigInt) are refused, not thrown', () => {
  const cycle: Record<string, unknown> = { ...validAnswers() };
  cycle.email = cycle;
  expect(codesOf(cycle)).toEqual([':invalidAnswers']);
  expect(check({ ...validAnswers(), siblings: 2n }, 'ar')).toEqual({
    ok: false,
    errors: [
      {
        path: [],
        code: 'invalidAnswers',
        message: 'تعذّرت قراءة إجاباتكم. يُرجى إعادة تحميل الصفحة والمحاولة مرة أخرى',
      },
    ],
  });
});

test('wrong types are refused field by field', () => {
  expect(
    codesOf({
      ...validAnswers(),
      email: ['a@example.org'],
      phone: 5132123456,
      start: 20260801,
      hours: 6,
      facilities: 'kita-a1b2c3d4',
      siblings: '2',
      privacy: 'on',
      guardian: 'Amina Haddad',
      address: ['Musterstraße 12a'],
      children: { 0: {} },
    })
  ).toEqual([
    'children:type',
    'guardian:type',
    'address:type',
    'email:type',
    'phone:type',
    'start:type',
    'hours:type',
    'facilities:type',
    'siblings:number',
    'privacy:type',
  ]);
});

test('scripts and markup stay plain strings: accepted as text, never changed or interpreted', () => {
  const script = '<script>alert(1)</script><img src=x onerror=alert(2)>';
  const result = check({
    ...validAnswers(),
    hours: '8',
    reason: script,
    guardian: { given: '"><svg onload=x>', family: "'; DROP TABLE--" },
  });
  expect(result.ok && [result.answers.reason, result.answers.guardian]).toEqual([
    script,
    { given: '"><svg onload=x>', family: "'; DROP TABLE--" },
  ]);
});

test.each([
  ['an unpaired high surrogate', 'Amina\uD83D'],
  ['an unpaired low surrogate', '\uDE00Amina'],
  ['a NUL', 'Ami\u0000na'],
  ['an escape', '\u001B[31mAmina'],
  ['a C1 control', 'Amina\u0085'],
  ['DEL', 'Amina\u007F'],
])('%s is refused as invalid characters', (_, given) => {
  expect(codesOf({ ...validAnswers(), guardian: { given, family: 'Haddad' } })).toEqual([
    'guardian:invalidCharacters',
  ]);
});

test('a long text keeps tab and line breaks but refuses other control characters', () => {
  const child = (supportText: string) => ({
    ...validAnswers(),
    children: [{ ...(validAnswers().children as object[])[0], supportText }],
  });
  const kept = check(child('Zeile 1\r\n\tZeile 2\rZeile 3'));
  expect(kept.ok && (kept.answers.children as { supportText: string }[])[0]?.supportText).toBe(
    'Zeile 1\n\tZeile 2\nZeile 3'
  );
  expect(codesOf(child('Zeile\u000B2'))).toEqual(['children.0.supportText:invalidCharacters']);
});

test('Arabic and other scripts pass as they are, in NFC', () => {
  const result = check({
    ...validAnswers(),
    guardian: { given: 'أمينة', family: 'حداد' },
    address: { street: 'Lindenstraße', houseNumber: '3', postalCode: '12345', city: 'Musterstadt' },
  });
  expect(result.ok && result.answers.guardian).toEqual({ given: 'أمينة', family: 'حداد' });
});

test('property: whatever JSON-like value a field gets, validation returns errors or answers and never throws', () => {
  const keys = [
    'email',
    'phone',
    'start',
    'hours',
    'facilities',
    'siblings',
    'guardian',
    'address',
    'children',
    'documents',
    'privacy',
    'reference',
  ];
  fc.assert(
    fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
      const result = check({ ...validAnswers(), [key]: value });
      if (result.ok) {
        expect(result.answers).toHaveProperty('email');
      } else {
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(error.message.length).toBeGreaterThan(0);
        }
      }
    }),
    { numRuns: 500 }
  );
});
