import { offerJsonLd, serializeJsonLd } from '../../shared/json-ld';
import { german, own, sampleCourse } from './support/offer';

const url = 'https://teilhabe.example/de/angebote/integrationskurs-a1';

describe('schema.org JSON-LD', () => {
  test('a German course is a Course with a weekly CourseInstance at a Place', () => {
    const data = offerJsonLd(sampleCourse(), url);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Course',
      name: 'Integrationskurs A1 am Vormittag',
      url,
      inLanguage: 'de',
      educationalLevel: 'A1',
      isAccessibleForFree: true,
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR' },
      provider: {
        '@type': 'Organization',
        name: 'Volkshochschule Lehrte',
        url: 'https://vhs.example',
        contactPoint: [
          { '@type': 'ContactPoint', telephone: '+49 5132 1234', availableLanguage: ['de'] },
        ],
      },
      hasCourseInstance: {
        '@type': 'CourseInstance',
        courseMode: 'onsite',
        startDate: '2026-09-07',
        endDate: '2027-02-26',
        remainingAttendeeCapacity: 4,
        courseSchedule: {
          '@type': 'Schedule',
          byDay: ['https://schema.org/Monday', 'https://schema.org/Wednesday'],
          startTime: '09:00',
          endTime: '12:15',
          repeatFrequency: 'P1W',
          scheduleTimezone: 'Europe/Berlin',
        },
        location: {
          '@type': 'Place',
          name: 'VHS-Haus',
          address: {
            '@type': 'PostalAddress',
            streetAddress: 'Burgdorfer Straße 16',
            postalCode: '31275',
            addressLocality: 'Lehrte',
            addressCountry: 'DE',
          },
          geo: { '@type': 'GeoCoordinates', latitude: 52.3723, longitude: 9.9771 },
        },
      },
    });
  });

  test('other offers are a Service with opening hours at their place', () => {
    const data = offerJsonLd(
      sampleCourse({
        course: null,
        category: { code: 'counselling', label: own('Beratung') },
        cost: { kind: 'amount', amountEuro: 5 },
      }),
      url
    );
    expect(data['@type']).toBe('Service');
    expect(data).toMatchObject({
      serviceType: 'Beratung',
      offers: { price: 5, priceCurrency: 'EUR' },
      availableChannel: [
        {
          '@type': 'ServiceChannel',
          availableLanguage: ['de', 'ar'],
          serviceLocation: {
            '@type': 'Place',
            openingHoursSpecification: [
              {
                '@type': 'OpeningHoursSpecification',
                dayOfWeek: 'https://schema.org/Monday',
                opens: '09:00',
                closes: '12:00',
              },
            ],
          },
        },
      ],
    });
    expect(data).not.toHaveProperty('isAccessibleForFree');
    expect(data).not.toHaveProperty('hasCourseInstance');
  });

  test('the language follows the text actually shown', () => {
    expect(offerJsonLd(sampleCourse({ locale: 'fa', title: german('Kurs') }), url).inLanguage).toBe(
      'de'
    );
    expect(
      offerJsonLd(sampleCourse({ locale: 'fa', title: own('کلاس', 'fa') }), url).inLanguage
    ).toBe('fa');
  });

  test('leaves out what the CMS does not know', () => {
    const data = offerJsonLd(
      sampleCourse({ provider: null, summary: null, cost: { kind: 'unknown' }, targetGroups: [] }),
      url
    );
    expect(data).not.toHaveProperty('provider');
    expect(data).not.toHaveProperty('description');
    expect(data).not.toHaveProperty('offers');
    expect(data).not.toHaveProperty('audience');
  });

  test('serialized JSON cannot close the script element', () => {
    const json = serializeJsonLd(
      offerJsonLd(sampleCourse({ title: own('</script><script>alert(1)</script> & co') }), url)
    );
    expect(json).not.toContain('<');
    expect(json).not.toContain('>');
    expect(JSON.parse(json).name).toBe('</script><script>alert(1)</script> & co');
  });
});
