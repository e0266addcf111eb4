import { deriveCode, deriveFieldKey, OPTION_VALUE, STATUS_CODE } from '../keys';

describe('deriveFieldKey', () => {
  it.each([
    ['Geburtsdatum des Kindes', 'geburtsdatumDesKindes'],
    ['Straße', 'strasse'],
    ['Größe der Wohnung (m²)', 'groesseDerWohnungM2'],
    ['Übersetzung gewünscht?', 'uebersetzungGewuenscht'],
    ['Öffnungszeiten', 'oeffnungszeiten'],
    ['  E-Mail-Adresse ', 'eMailAdresse'],
    ['Café', 'cafe'],
    ['2. Wunsch-Kita', 'feld2WunschKita'],
    ['الاسم', 'feld'],
    ['', 'feld'],
  ])('%s → %s', (label, key) => {
    expect(deriveFieldKey(label, new Set())).toBe(key);
  });

  it('matches the contract and stays within 40 characters', () => {
    const key = deriveFieldKey(
      'Name und Anschrift der erziehungsberechtigten Person im Haushalt',
      new Set()
    );
    expect(key).toMatch(/^[a-z][a-zA-Z0-9]{0,39}$/);
    expect(key.length).toBe(40);
  });

  it('numbers a key that is taken, still within 40 characters', () => {
    expect(deriveFieldKey('Name', new Set(['name']))).toBe('name2');
    expect(deriveFieldKey('Name', new Set(['name', 'name2']))).toBe('name3');
    const long = 'a'.repeat(40);
    const next = deriveFieldKey(long, new Set([long]));
    expect(next).toBe(`${'a'.repeat(39)}2`);
  });
});

describe('deriveCode', () => {
  it('writes statuses in kebab case with umlauts spelled out', () => {
    expect(deriveCode('Platz zugesagt', new Set(), STATUS_CODE)).toBe('platz-zugesagt');
    expect(deriveCode('Gemäß Prüfung abgeschlossen', new Set(), STATUS_CODE)).toBe(
      'gemaess-pruefung-abgeschlossen'
    );
  });

  it('puts a letter in front of a status without one, and numbers a taken code', () => {
    expect(deriveCode('', new Set(), STATUS_CODE)).toBe('status');
    expect(deriveCode('3. Mahnung', new Set(), STATUS_CODE)).toBe('status-3-mahnung');
    expect(deriveCode('Neu', new Set(['neu']), STATUS_CODE)).toBe('neu-2');
  });

  it('lets options start with a digit', () => {
    expect(deriveCode('2 Tage pro Woche', new Set(), OPTION_VALUE)).toBe('2-tage-pro-woche');
    expect(deriveCode('', new Set(['option']), OPTION_VALUE)).toBe('option-2');
  });
});
