import {
  availableLocales,
  isAvailableIn,
  localize,
  localized,
  missingTranslations,
  type FormTexts,
} from '../src/index.ts';
import { definition, text } from './fixture.ts';

const texts: FormTexts = {
  title: text('Anmeldung', 'التسجيل', 'Registration'),
  intro: text('Einleitung', 'مقدمة'),
  privacyNotice: { de: 'Datenschutz', ar: 'الخصوصية', en: '  ' },
  confirmation: text('Danke', 'شكرًا'),
};

test('every text of texts and definition is looked at, with its path', () => {
  expect(missingTranslations({ texts, definition }, 'ar')).toEqual([]);
  expect(missingTranslations({ texts, definition }, 'en')).toEqual(['texts.privacyNotice']);
  const uk = missingTranslations({ texts, definition }, 'uk');
  expect(uk).toContain('texts.title');
  expect(uk).toContain('definition.steps[0].fields[2].fields[0].label');
  expect(uk).toContain('definition.steps[1].fields[5].options[2].label');
  expect(uk).toContain('definition.steps[1].fields[8].patternMessage');
  expect(uk).toContain('definition.statuses[1].message');
});

test('a form is offered where every text is translated', () => {
  expect(isAvailableIn({ texts, definition }, 'ar')).toBe(true);
  expect(isAvailableIn({ texts, definition }, 'en')).toBe(false);
  expect(availableLocales({ texts, definition })).toEqual(['de', 'ar']);
});

test('localize falls back to German and says so', () => {
  expect(localize(texts.title, 'ar')).toBe('التسجيل');
  expect(localized(texts.privacyNotice, 'en')).toEqual({ text: 'Datenschutz', locale: 'de' });
  expect(localized(texts.title, 'xx')).toEqual({ text: 'Anmeldung', locale: 'de' });
});
