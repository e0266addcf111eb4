import { toDirectoryOffer } from '../read-model';
import type { OfferRow } from '../rows';

const german: OfferRow = {
  id: 1,
  documentId: 'doc1',
  locale: 'de',
  slug: 'frauenkurs',
  title: 'Frauenkurs',
  summary: 'Deutsch für Frauen',
  description: 'Mit **Kinderbetreuung**.',
  costNote: 'Ermäßigung möglich',
  translationStatus: 'source',
  category: {
    documentId: 'c1',
    code: 'language-course',
    label: { de: 'Sprachkurs', fa: 'کلاس زبان' },
  },
  targetGroups: [{ documentId: 't1', code: 'women', label: { de: 'Frauen' } }],
  provider: { documentId: 'p1', name: 'VHS', description: { de: 'Bildung', fa: 'آموزش' } },
  locations: [
    {
      documentId: 'l1',
      name: 'Rathaus',
      district: { documentId: 'd1', code: 'kernstadt', label: { de: 'Kernstadt' } },
    },
    {
      documentId: 'l2',
      name: 'Schule',
      district: { documentId: 'd1', code: 'kernstadt', label: { de: 'Kernstadt' } },
    },
  ],
  contacts: [
    { documentId: 'k1', role: { de: 'Büro' }, personName: 'Ohne Einwilligung', languages: ['de'] },
  ],
  costType: 'amount',
  costAmountEuro: '50.00',
  courseLevel: 'B1',
  courseWomenOnly: true,
  staffLanguages: ['de', 'fa'],
  links: [{ url: 'https://example.org', label: { de: 'Mehr', fa: 'بیشتر' } }],
};

describe('toDirectoryOffer', () => {
  test('German is shown as German, without fallback', () => {
    const offer = toDirectoryOffer(german, undefined, 'de', ['de']);
    expect(offer.title).toEqual({ text: 'Frauenkurs', locale: 'de' });
    expect(offer.isFallback).toBe(false);
    expect(offer.translationStatus).toBe('source');
  });

  test('a translation shows its texts and German for the texts it lacks, field by field', () => {
    const farsi: OfferRow = {
      id: 2,
      documentId: 'doc1',
      locale: 'fa',
      title: 'کلاس زنان',
      summary: '',
      translationStatus: 'demo_translation',
    };
    const offer = toDirectoryOffer(german, farsi, 'fa', ['de', 'fa']);
    expect(offer.title).toEqual({ text: 'کلاس زنان', locale: 'fa' });
    expect(offer.summary).toEqual({ text: 'Deutsch für Frauen', locale: 'de' });
    expect(offer.description?.locale).toBe('de');
    expect(offer.cost).toEqual({
      type: 'amount',
      amountEuro: 50,
      note: { text: 'Ermäßigung möglich', locale: 'de' },
    });
    expect(offer.isFallback).toBe(true);
    expect(offer.translationStatus).toBe('demo_translation');
    expect(offer.category?.label).toEqual({ text: 'کلاس زبان', locale: 'fa' });
    expect(offer.targetGroups[0]?.label).toEqual({ text: 'Frauen', locale: 'de' });
    expect(offer.provider?.description).toEqual({ text: 'آموزش', locale: 'fa' });
    expect(offer.links).toEqual([
      { url: 'https://example.org', label: { text: 'بیشتر', locale: 'fa' } },
    ]);
  });

  test('a locale without translation keeps the whole structure, texts in German', () => {
    const offer = toDirectoryOffer(german, undefined, 'uk', ['de']);
    expect(offer.title.locale).toBe('de');
    expect(offer.translationStatus).toBeNull();
    expect(offer.provider?.name).toBe('VHS');
    expect(offer.locations.map((location) => location.documentId)).toEqual(['l1', 'l2']);
    expect(offer.districts.map((district) => district.code)).toEqual(['kernstadt']);
    expect(offer.languageCourse).toMatchObject({ level: 'B1', womenOnly: true, childcare: false });
    expect(offer.childcare).toBeNull();
  });

  test("a person's name needs recorded consent", () => {
    const offer = toDirectoryOffer(german, undefined, 'de', ['de']);
    expect(offer.contacts[0]?.personName).toBeNull();
    const consented = toDirectoryOffer(
      { ...german, contacts: [{ ...german.contacts![0]!, personConsentRecordedAt: '2026-01-01' }] },
      undefined,
      'de',
      ['de']
    );
    expect(consented.contacts[0]?.personName).toBe('Ohne Einwilligung');
  });
});
