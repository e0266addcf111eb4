import { formDefinitionSchema } from '@teilhabe/forms';
import type { FormStatisticsQuery, GlossaryQuery } from '@teilhabe/graphql';
import { prefillEntries } from '../../shared/forms/prefill';
import { toGlossaryView } from '../../shared/view-models/concept/glossary';
import { toReportCountsView } from '../../shared/view-models/concept/report-counts';

describe('toReportCountsView', () => {
  const data = (cells: Array<{ option: string; count: number | null; fewer: boolean }>) =>
    ({
      teilhabeFormStatistics: {
        form: 'diskriminierung-melden',
        title: { text: 'الإبلاغ', locale: 'ar' },
        threshold: 5,
        sampleData: true,
        fields: [
          {
            key: 'area',
            label: { text: 'Lebensbereich', locale: 'de' },
            options: [
              { value: 'verwaltung', label: { text: 'الإدارة', locale: 'ar' } },
              { value: 'polizei', label: { text: 'الشرطة', locale: 'ar' } },
            ],
            quarters: [
              {
                quarter: '2026-Q3',
                total: null,
                cells: cells.map(({ option, count, fewer }) => ({
                  option,
                  count,
                  fewerThanThreshold: fewer,
                })),
              },
              { quarter: 'kein Quartal', total: 3, cells: [] },
            ],
          },
        ],
      },
    }) as FormStatisticsQuery;

  test('rows per quarter, a cell per option in option order, "fewer" as it came', () => {
    const view = toReportCountsView(
      data([
        { option: 'polizei', count: null, fewer: true },
        { option: 'verwaltung', count: 9, fewer: false },
      ]),
      'ar'
    )!;
    const [field] = view.fields;
    expect(field!.label).toEqual({ text: 'Lebensbereich', locale: 'de', fallback: true });
    expect(field!.rows).toEqual([
      {
        quarter: '2026-Q3',
        year: 2026,
        number: 3,
        cells: [{ kind: 'count', value: 9 }, { kind: 'fewer' }],
        total: null,
      },
    ]);
  });

  test('a cell marked fewer stays fewer even with a number; a missing cell is fewer', () => {
    const view = toReportCountsView(data([{ option: 'polizei', count: 2, fewer: true }]), 'de')!;
    expect(view.fields[0]!.rows[0]!.cells).toEqual([{ kind: 'fewer' }, { kind: 'fewer' }]);
  });

  test('no statistics: null', () => {
    expect(toReportCountsView({ teilhabeFormStatistics: null }, 'de')).toBeNull();
  });
});

describe('toGlossaryView', () => {
  const term = (documentId: string, slug: string, text: string, locale: string) => ({
    documentId,
    slug,
    term: text,
    definition: `${text}.`,
    translationStatus: locale === 'de' ? ('source' as const) : ('demo_translation' as const),
    locale,
  });
  const data: GlossaryQuery = {
    terms: [term('a', 'kita', 'كيتا', 'ar'), term('b', 'handlungsfeld', 'مجال العمل', 'ar')],
    german: [
      term('a', 'kita', 'Kita', 'de'),
      term('b', 'handlungsfeld', 'Handlungsfeld', 'de'),
      term('c', 'anerkennung', 'Anerkennung', 'de'),
    ],
  };

  test('translated terms in the locale, the others in German, alphabetical, with anchors', () => {
    const view = toGlossaryView(data, 'ar');
    // Arabic collation: Arabic script first, then Latin.
    expect(view.terms.map((entry) => [entry.anchor, entry.term, entry.fallback])).toEqual([
      ['begriff-kita', 'كيتا', false],
      ['begriff-handlungsfeld', 'مجال العمل', false],
      ['begriff-anerkennung', 'Anerkennung', true],
    ]);
    expect(view.demoTranslation).toBe(true);
  });

  test('German: umlauts sort with their letters', () => {
    const german: GlossaryQuery = {
      terms: [
        term('x', 'oeffnung', 'Öffnung', 'de'),
        term('y', 'ort', 'Ort', 'de'),
        term('z', 'ober', 'Ober', 'de'),
      ],
      german: [
        term('x', 'oeffnung', 'Öffnung', 'de'),
        term('y', 'ort', 'Ort', 'de'),
        term('z', 'ober', 'Ober', 'de'),
      ],
    };
    expect(toGlossaryView(german, 'de').terms.map((entry) => entry.term)).toEqual([
      'Ober',
      'Öffnung',
      'Ort',
    ]);
  });
});

describe('prefillEntries', () => {
  const definition = formDefinitionSchema.parse({
    steps: [
      {
        key: 'one',
        title: { de: 'Eins' },
        fields: [
          {
            type: 'singleChoice',
            key: 'thema',
            label: { de: 'Thema' },
            purpose: 'Thema',
            options: [{ value: 'kinderbetreuung', label: { de: 'Kinderbetreuung' } }],
          },
          { type: 'shortText', key: 'name', label: { de: 'Name' }, purpose: 'Name' },
        ],
      },
    ],
    statuses: [{ code: 'new', label: { de: 'Neu' }, message: { de: 'Danke' } }],
  });

  test('an option of a single choice from the link; nothing else', () => {
    expect(prefillEntries(definition, { thema: 'kinderbetreuung', name: 'Erika' })).toEqual([
      ['thema', 'kinderbetreuung'],
    ]);
    expect(prefillEntries(definition, { thema: 'mond' })).toEqual([]);
    expect(prefillEntries(definition, { thema: ['kinderbetreuung'] })).toEqual([]);
  });
});
