import { DESCRIPTION_MAX_LENGTH, descriptionOf } from '../../shared/description';

describe('descriptionOf', () => {
  test('keeps the words of Markdown and drops its marks and link targets', () => {
    expect(
      descriptionOf(
        '## Anmeldung\n\nMelden Sie Ihr **Kind** für einen [Kita-Platz](https://example.org) an.'
      )
    ).toBe('Anmeldung Melden Sie Ihr Kind für einen Kita-Platz an.');
  });

  test('cuts a long text at a word and ends it with an ellipsis', () => {
    const words = Array.from({ length: 60 }, (_, index) => `Wort${index}`).join(' ');
    const description = descriptionOf(words);
    expect(description.length).toBeLessThanOrEqual(DESCRIPTION_MAX_LENGTH);
    expect(description.endsWith('…')).toBe(true);
    expect(words.startsWith(description.slice(0, -1))).toBe(true);
    expect(description.slice(0, -1).endsWith(' ')).toBe(false);
  });

  test('keeps Arabic text whole and returns nothing for an empty one', () => {
    expect(descriptionOf('  سجّل طفلك  في   روضة. ')).toBe('سجّل طفلك في روضة.');
    expect(descriptionOf('   ')).toBe('');
  });
});
