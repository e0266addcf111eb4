import { markdownToPlainText, slugify } from '../text';

describe('markdownToPlainText', () => {
  test('keeps the words, drops the markup', () => {
    const markdown = [
      '## Deutsch lernen',
      '',
      'Im **Integrationskurs** lernen Sie _Deutsch_ – mit `Zertifikat`.',
      '',
      '- Mo und Mi',
      '1. Anmelden: [online](https://example.org/anmeldung)',
      '',
      '> Kinderbetreuung ist möglich.',
      '',
      '![Foto der Kita](https://example.org/kita.jpg)',
      '<script>alert(1)</script>',
    ].join('\n');
    expect(markdownToPlainText(markdown)).toBe(
      [
        'Deutsch lernen',
        'Im Integrationskurs lernen Sie Deutsch – mit Zertifikat.',
        'Mo und Mi Anmelden: online',
        'Kinderbetreuung ist möglich.',
        'Foto der Kita alert(1)',
      ].join('\n\n')
    );
  });

  test('empty stays empty', () => {
    expect(markdownToPlainText('')).toBe('');
  });
});

describe('slugify', () => {
  test.each([
    ['Deutschkurs für Mütter', 'deutschkurs-fuer-muetter'],
    ['Straße & Café: 2. Treffen!', 'strasse-cafe-2-treffen'],
    ['  Kita   Sonnenschein  ', 'kita-sonnenschein'],
    ['Türkçe sohbet', 'tuerkce-sohbet'],
    ['كلاس آلماني', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  test('stays at most 80 characters and ends on a letter or digit', () => {
    const slug = slugify(`${'a'.repeat(79)} b`);
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug).toMatch(/[a-z0-9]$/);
  });
});
