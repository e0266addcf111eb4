import { errors } from '@strapi/utils';
import { DIRECTORY_UIDS } from '../constants';
import { checkDirectoryData, validateDirectoryData } from '../validate';

describe('checkDirectoryData', () => {
  test('parses JSON sent as text and empties blank fields', () => {
    const data: Record<string, unknown> = {
      staffLanguages: '["de","fa"]',
      childcareRegistrationUrl: '',
      openingHours: { weekly: [] },
    };
    expect(checkDirectoryData(DIRECTORY_UIDS.offer, data)).toEqual([]);
    expect(data).toEqual({
      staffLanguages: ['de', 'fa'],
      childcareRegistrationUrl: null,
      openingHours: { weekly: [], exceptions: [] },
    });
  });

  test('checks only the fields a write contains', () => {
    expect(checkDirectoryData(DIRECTORY_UIDS.offer, { title: 'x' })).toEqual([]);
  });

  test('names the field of each problem', () => {
    const issues = checkDirectoryData(DIRECTORY_UIDS.offer, {
      slug: 'Kita Arpke',
      validFrom: '2027-02-01',
      validUntil: '2027-01-01',
      costType: 'amount',
      costAmountEuro: null,
    });
    expect(issues.map((issue) => issue.path[0])).toEqual(['slug', 'costAmountEuro', 'validUntil']);
  });

  test('a contact names a person only with recorded consent', () => {
    const named = { role: { de: 'Beratung' }, personName: 'Erika Beispiel' };
    expect(checkDirectoryData(DIRECTORY_UIDS.contact, named)[0]?.path).toEqual([
      'personConsentRecordedAt',
    ]);
    expect(
      checkDirectoryData(DIRECTORY_UIDS.contact, {
        ...named,
        personConsentRecordedAt: '2026-01-01',
      })
    ).toEqual([]);
  });

  test.each([
    DIRECTORY_UIDS.category,
    DIRECTORY_UIDS.targetGroup,
    DIRECTORY_UIDS.district,
    DIRECTORY_UIDS.courseType,
  ])('%s needs a German label and a code for URLs', (uid) => {
    expect(
      checkDirectoryData(uid, { code: 'language-course', label: { de: 'Sprachkurs' } })
    ).toEqual([]);
    expect(
      checkDirectoryData(uid, { code: 'Language Course', label: { en: 'x' } }).map(
        (issue) => issue.path[0]
      )
    ).toEqual(['code', 'label']);
  });
});

describe('validateDirectoryData', () => {
  test('throws a Strapi ValidationError with every problem, as the admin panel shows them', () => {
    let thrown: unknown;
    try {
      validateDirectoryData(DIRECTORY_UIDS.provider, {
        website: 'ftp://example.org',
        description: { en: 'x' },
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(errors.ValidationError);
    const error = thrown as InstanceType<typeof errors.ValidationError>;
    expect(error.message).toBe('Nicht gespeichert. Bitte prüfen: Website, Beschreibung.');
    const details = (error.details as { errors: Array<{ path: string[]; message: string }> })
      .errors;
    expect(details.map((problem) => problem.path)).toEqual([['website'], ['description']]);
    expect(details[1]?.message).toMatch(/German/);
  });
});
