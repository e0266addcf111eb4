import { slugify } from '../text';

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
