import {
  berlinOffsetHours,
  buildIcsCalendar,
  escapeIcsText,
  foldIcsLine,
  type IcsCourse,
} from '../../shared/ics';

const course: IcsCourse = {
  uid: 'abc123@teilhabe.example',
  summary: 'Integrationskurs A1, vormittags; mit Kinderbetreuung',
  language: 'de',
  description: 'Zeile eins\nZeile zwei',
  location: 'Volkshochschule, Burgdorfer Straße 16, 31275 Lehrte',
  geo: { latitude: 52.3723, longitude: 9.9771 },
  url: 'https://teilhabe.example/de/angebote/integrationskurs-a1',
  // 2026-09-02 is a Wednesday; the course meets Mondays and Thursdays.
  startDate: '2026-09-02',
  endDate: '2027-02-25',
  weekdays: ['thu', 'mon'],
  startTime: '09:00',
  endTime: '12:15',
};

const stamp = new Date('2026-08-01T10:20:30Z');

/** Unfolds content lines (RFC 5545 § 3.1) to look at them one by one. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
}

describe('iCalendar course dates', () => {
  const ics = buildIcsCalendar({
    productId: '-//Teilhabe//Portal//DE',
    name: 'Integrationskurs A1',
    stamp,
    courses: [course],
  });
  const lines = contentLines(ics);

  test('uses CRLF line endings only and ends with CRLF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('PRODID:-//Teilhabe//Portal//DE');
  });

  test('no physical line is longer than 75 octets', () => {
    for (const line of ics.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
  });

  test('defines Europe/Berlin with CET and CEST rules', () => {
    const start = lines.indexOf('BEGIN:VTIMEZONE');
    const end = lines.indexOf('END:VTIMEZONE');
    const timezone = lines.slice(start, end + 1);
    expect(timezone).toEqual(
      expect.arrayContaining([
        'TZID:Europe/Berlin',
        'BEGIN:STANDARD',
        'TZNAME:CET',
        'TZOFFSETFROM:+0200',
        'TZOFFSETTO:+0100',
        'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
        'BEGIN:DAYLIGHT',
        'TZNAME:CEST',
        'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      ])
    );
    expect(start).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
  });

  test('starts on the first meeting day in local time and repeats weekly until the end (UTC)', () => {
    // The first Monday or Thursday on or after Wednesday 2 September 2026 is Thursday 3 September.
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20260903T090000');
    expect(lines).toContain('DTEND;TZID=Europe/Berlin:20260903T121500');
    // 25 February 2027, 09:00 CET = 08:00 UTC.
    expect(lines).toContain('RRULE:FREQ=WEEKLY;BYDAY=MO,TH;UNTIL=20270225T080000Z');
  });

  test('stable UID, DTSTAMP in UTC', () => {
    expect(lines).toContain('UID:abc123@teilhabe.example');
    expect(lines).toContain('DTSTAMP:20260801T102030Z');
  });

  test('escapes text values and tags the summary with its language', () => {
    expect(lines).toContain(
      'SUMMARY;LANGUAGE=de:Integrationskurs A1\\, vormittags\\; mit Kinderbetreuung'
    );
    expect(lines).toContain('DESCRIPTION;LANGUAGE=de:Zeile eins\\nZeile zwei');
    expect(lines).toContain('LOCATION:Volkshochschule\\, Burgdorfer Straße 16\\, 31275 Lehrte');
    expect(lines).toContain('GEO:52.3723;9.9771');
    expect(lines).toContain('X-WR-CALNAME:Integrationskurs A1');
  });

  test('a summary in Arabic is folded without splitting characters', () => {
    const arabic = buildIcsCalendar({
      productId: '-//Teilhabe//Portal//DE',
      stamp,
      courses: [
        {
          ...course,
          summary: 'دورة الاندماج للنساء مع رعاية الأطفال في ليرته'.repeat(3),
          language: 'ar',
        },
      ],
    });
    for (const line of arabic.split('\r\n')) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    // Folding is undone by removing CRLF + space; the text survives intact.
    expect(contentLines(arabic)).toContain(
      `SUMMARY;LANGUAGE=ar:${'دورة الاندماج للنساء مع رعاية الأطفال في ليرته'.repeat(3)}`
    );
    expect(arabic).not.toContain('\uFFFD');
  });

  test('a course whose dates cannot be read yields no event', () => {
    const empty = buildIcsCalendar({
      productId: 'x',
      stamp,
      courses: [{ ...course, startTime: 'morgens' }],
    });
    expect(empty).not.toContain('BEGIN:VEVENT');
  });
});

describe('iCalendar helpers', () => {
  test('escapeIcsText escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeIcsText('a\\b;c,d\r\ne\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  test('foldIcsLine folds at 75 octets with a leading space', () => {
    const folded = foldIcsLine(`DESCRIPTION:${'x'.repeat(200)}`).split('\r\n');
    expect(folded[0]).toHaveLength(75);
    expect(folded.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(folded.every((line) => line.length <= 75)).toBe(true);
    expect(foldIcsLine('SHORT:line')).toBe('SHORT:line');
  });

  test('berlinOffsetHours follows the EU summer-time rules', () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    expect(berlinOffsetHours(day('2027-02-25'), 9)).toBe(1);
    expect(berlinOffsetHours(day('2026-07-01'), 9)).toBe(2);
    // 2026: summer time from 29 March, 02:00, to 25 October, 03:00.
    expect(berlinOffsetHours(day('2026-03-29'), 1)).toBe(1);
    expect(berlinOffsetHours(day('2026-03-29'), 9)).toBe(2);
    expect(berlinOffsetHours(day('2026-10-25'), 2)).toBe(2);
    expect(berlinOffsetHours(day('2026-10-25'), 9)).toBe(1);
  });
});
