import { cleanFileName, MAX_FILE_NAME_LENGTH } from '../file-name';

test('only the last segment of a path is kept', () => {
  expect(cleanFileName('C:\\Users\\amina\\Bescheid.pdf')).toBe('Bescheid.pdf');
  expect(cleanFileName('/home/amina/scans/brief.png')).toBe('brief.png');
});

test('control and direction characters are removed; the rest stays as written, NFC', () => {
  // U+202E would turn "fdp.exe" around on screen; U+0000 ends strings elsewhere.
  expect(cleanFileName('rechnung\u202Efdp.exe\u0000')).toBe('rechnungfdp.exe');
  expect(cleanFileName('Ma\u0308rz.pdf')).toBe('März.pdf');
  expect(cleanFileName('رسالة من المكتب.pdf')).toBe('رسالة من المكتب.pdf');
  expect(cleanFileName('  \u0007 ')).toBe('');
});

test('a long name is shortened and keeps its extension', () => {
  const name = cleanFileName(`${'ä'.repeat(300)}.jpeg`);
  expect([...name]).toHaveLength(MAX_FILE_NAME_LENGTH);
  expect(name.endsWith('ä.jpeg')).toBe(true);
});
