import type {
  DirectoryOfferDetailFragment,
  DirectoryQuery,
  DirectoryTaxonomiesQuery,
} from '@teilhabe/graphql';
import { emptyDirectoryFilters, parseDirectoryQuery } from '../../shared/directory-query';
import {
  toDirectoryVariables,
  toDirectoryView,
  toLocalizedText,
  toOfferPageView,
  toOfferView,
  toTaxonomiesView,
  toVocabulary,
} from '../../shared/view-models/directory';
import type { FormListItemView } from '../../shared/forms/view';

const term = (code: string, position: number, text: string, locale = 'fa') => ({
  code,
  position,
  label: { text, locale },
});

const offer: DirectoryOfferDetailFragment = {
  documentId: 'doc-1',
  slug: 'integrationskurs-a1',
  locale: 'fa',
  isFallback: true,
  availableLocales: ['ar', 'de', 'xx'],
  isSampleContent: true,
  translationStatus: null,
  title: { text: 'Integrationskurs A1', locale: 'de' },
  summary: { text: '  ', locale: 'de' },
  description: { text: '## Inhalt', locale: 'de' },
  category: term('language-course', 1, 'کلاس‌های زبان آلمانی'),
  targetGroups: [term('women', 2, 'زنان'), term('parents', 1, 'Eltern', 'de')],
  districts: [term('kernstadt', 1, 'مرکز شهر (Kernstadt)')],
  staffLanguages: ['de', 'fa', 'not a code'],
  cost: { type: 'amount', amountEuro: 12.5, note: { text: 'ermäßigt 6 €', locale: 'de' } },
  accessibility: { stepFreeAccess: true, accessibleToilet: false, hearingLoop: true, note: null },
  interpreterAvailable: true,
  appointmentNeeded: false,
  provider: {
    documentId: 'p1',
    name: 'VHS Ostkreis Hannover',
    website: 'javascript:alert(1)',
    description: null,
  },
  openingHours: {
    weekly: [
      { day: 'mon', opens: '09:00', closes: '12:00' },
      { day: 'mon', opens: '25:00', closes: '26:00' },
    ],
    exceptions: [
      { date: '2026-12-24', closed: true, opens: null, closes: null },
      { date: '2020-01-01', closed: true, opens: null, closes: null },
    ],
  },
  validFrom: '2026-09-01',
  validUntil: null,
  lastVerifiedAt: '2026-11-10',
  links: [
    { url: 'https://vhs.example.org', label: { text: 'برنامه', locale: 'fa' } },
    { url: 'ftp://example.org', label: { text: 'FTP', locale: 'de' } },
  ],
  locations: [
    {
      documentId: 'l1',
      name: 'VHS-Lernort',
      street: 'Musterstraße 12',
      postalCode: '31275',
      city: 'Lehrte',
      district: term('kernstadt', 1, 'مرکز شهر (Kernstadt)'),
      latitude: 52.3731,
      longitude: 9.9742,
    },
  ],
  contacts: [
    {
      documentId: 'c1',
      role: { text: 'Kursberatung', locale: 'de' },
      personName: null,
      phone: '+49 5132 000101',
      email: '',
      languages: ['de', 'fa'],
    },
  ],
  languageCourse: {
    level: 'A1',
    courseType: term('integration-general', 1, 'دوره ادغام عمومی'),
    startDate: '2026-12-07',
    endDate: '2027-09-24',
    seatsFree: 2,
    seatsTotal: 16,
    childcare: true,
    womenOnly: false,
    schedule: { days: ['thu', 'mon'], start: '08:30', end: '11:45' },
    fundingNote: null,
  },
  childcare: {
    ageFromMonths: 12,
    ageToMonths: 36,
    hours: 'Mo–Fr 8–13 Uhr',
    places: 10,
    registrationUrl: 'https://kita.example.org',
  },
  registrationFormSlug: 'kita-anmeldung',
};

describe('directory view models', () => {
  test('texts carry the locale they are written in; German stands in, marked', () => {
    expect(toLocalizedText({ text: ' Kurs ', locale: 'de' }, 'fa')).toEqual({
      text: 'Kurs',
      locale: 'de',
      fallback: true,
    });
    expect(toLocalizedText({ text: 'کلاس', locale: 'fa' }, 'fa')?.fallback).toBe(false);
    expect(toLocalizedText({ text: ' ', locale: 'fa' }, 'fa')).toBeNull();
    expect(toLocalizedText(null, 'fa')).toBeNull();
  });

  test('the offer view keeps every field, checked and normalized', () => {
    const view = toOfferView(offer, 'fa', '2026-11-25');
    expect(view).toMatchObject({
      slug: 'integrationskurs-a1',
      locale: 'fa',
      title: { text: 'Integrationskurs A1', locale: 'de', fallback: true },
      summary: null,
      description: { text: '## Inhalt', fallback: true },
      category: {
        code: 'language-course',
        label: { text: 'کلاس‌های زبان آلمانی', fallback: false },
      },
      staffLanguages: ['de', 'fa'],
      cost: { kind: 'amount', amountEuro: 12.5 },
      costNote: { text: 'ermäßigt 6 €', fallback: true },
      accessibility: { stepFreeAccess: true, accessibleToilet: false, hearingLoop: true },
      interpreterAvailable: true,
      validFrom: '2026-09-01',
      validUntil: null,
      ended: false,
      lastVerified: '2026-11-10',
      provider: { name: 'VHS Ostkreis Hannover', website: null },
      contacts: [{ phone: '+49 5132 000101', email: null, languages: ['de', 'fa'] }],
      course: {
        level: 'A1',
        weekdays: ['mon', 'thu'],
        startTime: '08:30',
        endTime: '11:45',
        seatsFree: 2,
        seatsTotal: 16,
        childcare: true,
      },
      childcare: {
        ageFromMonths: 12,
        hours: { text: 'Mo–Fr 8–13 Uhr', locale: 'de', fallback: true },
        registrationUrl: 'https://kita.example.org',
      },
      translations: ['de', 'ar'],
      translationStatus: null,
      hasFallback: true,
    });
    // Target groups in their CMS order; a German label is marked as such.
    expect(view.targetGroups.map((group) => [group.code, group.label.fallback])).toEqual([
      ['parents', true],
      ['women', false],
    ]);
    // Only well-formed hours, and only exceptions from today on.
    expect(view.openingHours).toEqual({
      weekly: [{ day: 'mon', opens: '09:00', closes: '12:00' }],
      exceptions: [{ date: '2026-12-24', closed: true, opens: null, closes: null }],
    });
    // Only http(s) links.
    expect(view.links.map((link) => link.url)).toEqual(['https://vhs.example.org']);
  });

  test('an offer has ended only after its last valid day in Lehrte', () => {
    const until = { ...offer, validUntil: '2026-11-24' };
    expect(toOfferView(until, 'de', '2026-11-24').ended).toBe(false);
    expect(toOfferView(until, 'de', '2026-11-25').ended).toBe(true);
    expect(toOfferView({ ...until, validUntil: null }, 'de', '2030-01-01').ended).toBe(false);
  });

  test('the registration form is linked only when it is among the published forms', () => {
    const form: FormListItemView = {
      slug: 'kita-anmeldung',
      title: { text: 'Kita-Platz anmelden', locale: 'de', fallback: true },
      summary: null,
      available: false,
      anonymous: false,
      state: 'open',
    };
    const other = { ...form, slug: 'sprachkurs-interesse' };
    expect(toOfferView(offer, 'fa', '2026-11-25', [other, form]).registrationForm).toEqual({
      slug: 'kita-anmeldung',
      title: form.title,
      available: false,
    });
    expect(toOfferView(offer, 'fa', '2026-11-25', [other]).registrationForm).toBeNull();
    expect(toOfferView(offer, 'fa', '2026-11-25').registrationForm).toBeNull();
    expect(
      toOfferView({ ...offer, registrationFormSlug: null }, 'fa', '2026-11-25', [form])
        .registrationForm
    ).toBeNull();
  });

  test('an old slug becomes a redirect, an unknown one null', () => {
    expect(
      toOfferPageView(
        { teilhabeOfferBySlug: { redirectTo: 'neu', offer: null } },
        'de',
        '2026-01-01'
      )
    ).toEqual({ kind: 'redirect', slug: 'neu' });
    expect(toOfferPageView({ teilhabeOfferBySlug: null }, 'de', '2026-01-01')).toBeNull();
    expect(
      toOfferPageView(
        { teilhabeOfferBySlug: { redirectTo: '../admin', offer: null } },
        'de',
        '2026-01-01'
      )
    ).toBeNull();
    expect(
      toOfferPageView({ teilhabeOfferBySlug: { redirectTo: null, offer } }, 'fa', '2026-01-01')
        ?.kind
    ).toBe('offer');
  });

  test('the result list keeps the CMS order and the filters it ran with', () => {
    const data: DirectoryQuery = {
      teilhabeDirectory: { total: 11, page: 2, pageSize: 10, pageCount: 2, offers: [offer] },
    };
    const filters = parseDirectoryQuery({ district: 'kernstadt', page: '2' });
    const view = toDirectoryView(data, 'fa', filters);
    expect(view).toMatchObject({ total: 11, page: 2, pageCount: 2, filters: { page: 2 } });
    expect(view.offers[0]).toMatchObject({
      slug: 'integrationskurs-a1',
      providerName: 'VHS Ostkreis Hannover',
      districts: [{ code: 'kernstadt' }],
      course: { level: 'A1', startDate: '2026-12-07', seatsFree: 2 },
      hasFallback: true,
    });
  });

  test('taxonomies sort by position and give the vocabulary of valid codes', () => {
    const data: DirectoryTaxonomiesQuery = {
      teilhabeDirectoryTaxonomies: {
        locale: 'ar',
        categories: [term('childcare', 2, 'رعاية الأطفال'), term('language-course', 1, 'دورات')],
        targetGroups: [],
        districts: [term('ahlten', 2, 'آلتن'), term('kernstadt', 1, 'وسط المدينة')],
        courseTypes: [],
        staffLanguages: ['fa', 'ar', 'ar', 'x1'],
      },
    };
    const view = toTaxonomiesView(data, 'ar');
    expect(view.categories.map((entry) => entry.code)).toEqual(['language-course', 'childcare']);
    expect(view.staffLanguages).toEqual(['ar', 'fa']);
    expect(toVocabulary(view)).toEqual({
      categories: ['language-course', 'childcare'],
      districts: ['kernstadt', 'ahlten'],
      targetGroups: [],
      courseTypes: [],
      languages: ['ar', 'fa'],
    });
  });

  test('filters become query variables with GraphQL enum names', () => {
    const filters = parseDirectoryQuery({
      q: 'Deutsch',
      accessibility: ['step-free-access', 'hearing-loop'],
      level: 'literacy',
      childcare: '1',
      startsWithinWeeks: '4',
      page: '3',
    });
    expect(toDirectoryVariables(filters, 'uk', 10)).toEqual({
      locale: 'uk',
      search: 'Deutsch',
      category: undefined,
      districts: undefined,
      languages: undefined,
      targetGroups: undefined,
      cost: undefined,
      accessibility: ['step_free_access', 'hearing_loop'],
      levels: ['literacy'],
      courseTypes: undefined,
      childcareDuringCourse: true,
      womenOnly: undefined,
      startsWithinWeeks: 4,
      page: 3,
      pageSize: 10,
    });
    expect(toDirectoryVariables(emptyDirectoryFilters(), 'de', 20)).toMatchObject({
      search: undefined,
      page: 1,
      pageSize: 20,
    });
  });
});
