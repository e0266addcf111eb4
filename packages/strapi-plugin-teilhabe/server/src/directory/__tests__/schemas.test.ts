import {
  courseScheduleSchema,
  languageCodesSchema,
  linksSchema,
  localizedTextSchema,
  openingHoursSchema,
  parseStored,
  slugSchema,
} from '../schemas';

describe('openingHoursSchema', () => {
  test('accepts weekly slots, several per day, and dated exceptions', () => {
    const hours = {
      weekly: [
        { day: 'mon', opens: '09:00', closes: '12:00' },
        { day: 'mon', opens: '14:00', closes: '18:30' },
        { day: 'sat', opens: '10:00', closes: '13:00' },
      ],
      exceptions: [
        { date: '2026-12-24', closed: true },
        { date: '2026-12-23', closed: false, opens: '09:00', closes: '11:00' },
      ],
    };
    expect(openingHoursSchema.parse(hours)).toEqual(hours);
  });

  test('defaults missing exceptions to none', () => {
    expect(openingHoursSchema.parse({ weekly: [] })).toEqual({ weekly: [], exceptions: [] });
  });

  test.each([
    [
      'a slot that closes before it opens',
      { weekly: [{ day: 'mon', opens: '12:00', closes: '09:00' }] },
    ],
    ['an unknown weekday', { weekly: [{ day: 'montag', opens: '09:00', closes: '12:00' }] }],
    ['a time that is no time', { weekly: [{ day: 'mon', opens: '9 Uhr', closes: '12:00' }] }],
    ['25 o’clock', { weekly: [{ day: 'mon', opens: '09:00', closes: '25:00' }] }],
    ['an unknown field', { weekly: [], note: 'x' }],
    [
      'a closed day with hours',
      { weekly: [], exceptions: [{ date: '2026-12-24', closed: true, opens: '09:00' }] },
    ],
    [
      'an open exception without hours',
      { weekly: [], exceptions: [{ date: '2026-12-24', closed: false }] },
    ],
    ['an impossible date', { weekly: [], exceptions: [{ date: '2026-02-30', closed: true }] }],
    [
      'the same exception date twice',
      {
        weekly: [],
        exceptions: [
          { date: '2026-12-24', closed: true },
          { date: '2026-12-24', closed: true },
        ],
      },
    ],
  ])('refuses %s', (_name, hours) => {
    expect(openingHoursSchema.safeParse(hours).success).toBe(false);
  });
});

describe('courseScheduleSchema', () => {
  test('accepts weekdays and a time span', () => {
    expect(
      courseScheduleSchema.safeParse({ days: ['mon', 'thu'], start: '08:30', end: '12:45' }).success
    ).toBe(true);
  });

  test.each([
    ['no day', { days: [], start: '08:30', end: '12:45' }],
    ['an end before the start', { days: ['mon'], start: '12:00', end: '08:00' }],
  ])('refuses %s', (_name, schedule) => {
    expect(courseScheduleSchema.safeParse(schedule).success).toBe(false);
  });
});

describe('localizedTextSchema', () => {
  const schema = localizedTextSchema(20);

  test('needs German, takes any locale', () => {
    expect(schema.parse({ de: 'Beratung', 'pt-BR': 'Aconselhamento' })).toEqual({
      de: 'Beratung',
      'pt-BR': 'Aconselhamento',
    });
  });

  test.each([
    ['no German', { en: 'Counselling' }],
    ['empty German', { de: '  ' }],
    ['a key that is no locale', { de: 'x', Deutsch: 'x' }],
    ['a text too long', { de: 'x'.repeat(21) }],
    ['a list', ['x']],
  ])('refuses %s', (_name, value) => {
    expect(schema.safeParse(value).success).toBe(false);
  });
});

describe('codes, slugs, links', () => {
  test('language codes are ISO 639 and listed once', () => {
    expect(languageCodesSchema.safeParse(['de', 'fa', 'ckb']).success).toBe(true);
    expect(languageCodesSchema.safeParse(['de', 'de']).success).toBe(false);
    expect(languageCodesSchema.safeParse(['Deutsch']).success).toBe(false);
  });

  test.each(['kita-arpke', 'b2', 'a-1-b'])('slug %s is valid', (slug) => {
    expect(slugSchema.safeParse(slug).success).toBe(true);
  });

  test.each(['Kita', 'kita--arpke', '-kita', 'kita_arpke', 'курс', 'straße'])(
    'slug %s is not',
    (slug) => {
      expect(slugSchema.safeParse(slug).success).toBe(false);
    }
  );

  test('links are http(s) with a German label', () => {
    expect(
      linksSchema.safeParse([{ url: 'https://example.org', label: { de: 'Mehr' } }]).success
    ).toBe(true);
    expect(
      linksSchema.safeParse([{ url: 'javascript:alert(1)', label: { de: 'x' } }]).success
    ).toBe(false);
    expect(
      linksSchema.safeParse([{ url: 'https://example.org', label: { en: 'More' } }]).success
    ).toBe(false);
  });
});

describe('parseStored', () => {
  test('returns the fallback for stored data that no longer matches', () => {
    expect(parseStored(languageCodesSchema, ['de'], [])).toEqual(['de']);
    expect(parseStored(languageCodesSchema, 'de', [])).toEqual([]);
    expect(parseStored(openingHoursSchema.nullable(), { weekly: 'mon' }, null)).toBeNull();
  });
});
