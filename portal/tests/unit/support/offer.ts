import type { LocalizedTextView, OfferView } from '../../../shared/types/view-models';

/** A text written in the requested locale. */
export const own = (
  text: string,
  locale: LocalizedTextView['locale'] = 'de'
): LocalizedTextView => ({
  text,
  locale,
  fallback: false,
});

/** German text standing in for a missing translation. */
export const german = (text: string): LocalizedTextView => ({ text, locale: 'de', fallback: true });

/**
 * A German course as the offer view model holds it.
 * @param overrides fields to replace
 * @returns an offer view
 */
export function sampleCourse(overrides: Partial<OfferView> = {}): OfferView {
  return {
    documentId: 'doc-1',
    slug: 'integrationskurs-a1',
    locale: 'de',
    title: own('Integrationskurs A1 am Vormittag'),
    summary: own('Deutsch lernen mit Kinderbetreuung.'),
    description: own('## Inhalt\n\nAlltag, Arbeit, Behörden.'),
    category: { code: 'language-course', label: own('Deutschkurse') },
    targetGroups: [{ code: 'parents', label: own('Eltern') }],
    staffLanguages: ['de', 'ar'],
    cost: { kind: 'free' },
    costNote: null,
    accessibility: {
      stepFreeAccess: true,
      accessibleToilet: false,
      hearingLoop: false,
      note: null,
    },
    interpreterAvailable: false,
    appointmentNeeded: true,
    openingHours: {
      weekly: [{ day: 'mon', opens: '09:00', closes: '12:00' }],
      exceptions: [],
    },
    validFrom: null,
    validUntil: null,
    ended: false,
    lastVerified: '2026-10-01',
    links: [],
    provider: { name: 'Volkshochschule Lehrte', website: 'https://vhs.example', description: null },
    locations: [
      {
        name: 'VHS-Haus',
        street: 'Burgdorfer Straße 16',
        postalCode: '31275',
        city: 'Lehrte',
        district: { code: 'kernstadt', label: own('Kernstadt') },
        latitude: 52.3723,
        longitude: 9.9771,
      },
    ],
    contacts: [
      {
        role: own('Kursberatung'),
        personName: null,
        phone: '+49 5132 1234',
        email: null,
        languages: ['de'],
      },
    ],
    course: {
      level: 'A1',
      courseType: { code: 'integration-parents', label: own('Integrationskurs für Eltern') },
      startDate: '2026-09-07',
      endDate: '2027-02-26',
      weekdays: ['mon', 'wed'],
      startTime: '09:00',
      endTime: '12:15',
      seatsTotal: 20,
      seatsFree: 4,
      childcare: true,
      womenOnly: false,
      fundingNote: null,
    },
    childcare: null,
    registrationForm: null,
    translations: ['de', 'ar'],
    translationStatus: 'source',
    hasFallback: false,
    ...overrides,
  };
}
