import { withFallbacks } from '../../shared/concept/localized';
import { parseMeasureFilters, parseSince } from '../../shared/concept/query';
import { diffFields, wordDiff } from '../../shared/concept/word-diff';

describe('wordDiff', () => {
  test('marks inserted and removed words, keeping the rest', () => {
    expect(
      wordDiff('ist aber nie abgeschlossen.', 'ist aber nie fertig, sondern lebendig.')
    ).toEqual([
      { kind: 'same', text: 'ist aber nie ' },
      { kind: 'removed', text: 'abgeschlossen' },
      { kind: 'inserted', text: 'fertig, sondern lebendig' },
      { kind: 'same', text: '.' },
    ]);
  });

  test('compares Arabic words as whole words', () => {
    const segments = wordDiff('هي وثيقة مفتوحة.', 'هي وثيقة حية تتغير.', 'ar');
    expect(
      segments.filter((segment) => segment.kind === 'inserted').map((s) => s.text.trim())
    ).toEqual(['حية تتغير']);
    expect(segments.filter((segment) => segment.kind === 'removed').map((s) => s.text)).toEqual([
      'مفتوحة',
    ]);
  });

  test('diffFields skips fields empty in both and says which changed', () => {
    const fields = diffFields(
      ['title', 'summary', 'body'],
      { title: 'A', body: 'x' },
      { title: 'A', body: 'y' }
    );
    expect(fields.map((field) => [field.field, field.changed])).toEqual([
      ['title', false],
      ['body', true],
    ]);
  });
});

describe('withFallbacks', () => {
  test('marks German texts on an Arabic page and drops __typename', () => {
    expect(
      withFallbacks(
        {
          __typename: 'X',
          title: { text: 'Titel', locale: 'de' },
          items: [{ text: 'نص', locale: 'ar' }],
          n: 1,
        },
        'ar'
      )
    ).toEqual({
      title: { text: 'Titel', locale: 'de', fallback: true },
      items: [{ text: 'نص', locale: 'ar', fallback: false }],
      n: 1,
    });
  });
});

describe('URL parameters', () => {
  test('filters keep known statuses and a slug, drop the rest', () => {
    expect(
      parseMeasureFilters({
        handlungsfeld: 'kinderbetreuung',
        status: ['proposed', 'evil', 'done'],
      })
    ).toEqual({ fieldOfAction: 'kinderbetreuung', statuses: ['proposed', 'done'] });
    expect(parseMeasureFilters({ handlungsfeld: '<script>' })).toEqual({
      fieldOfAction: null,
      statuses: [],
    });
  });

  test('a date must be a real day', () => {
    expect(parseSince('2026-01-31')).toBe('2026-01-31');
    expect(parseSince('2026-13-40')).toBeNull();
    expect(parseSince('gestern')).toBeNull();
  });
});
