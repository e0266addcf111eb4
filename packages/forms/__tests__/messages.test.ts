import {
  ERROR_CODES,
  FORM_LOCALES,
  fileSizeText,
  fileTypesText,
  formatMessage,
} from '../src/index.ts';

test('every code has a message in every locale that names the field and differs from German', () => {
  for (const locale of FORM_LOCALES) {
    for (const code of ERROR_CODES) {
      const message = formatMessage(code, locale, {
        label: 'LABEL',
        min: 3,
        max: 1200,
        date: '2026-08-01',
        types: ['application/pdf'],
        bytes: 1024,
      });
      expect(message.trim()).not.toBe('');
      expect(message).not.toMatch(/undefined|NaN|\$\{/);
      if (locale !== 'de') {
        expect(message).not.toBe(
          formatMessage(code, 'de', { label: 'LABEL', min: 3, max: 1200, date: '2026-08-01' })
        );
      }
    }
  }
});

test('messages about a field include its label; those about the whole form do not need one', () => {
  const general = new Set(['unknownField', 'invalidAnswers', 'answersTooLarge', 'interpreter']);
  for (const locale of FORM_LOCALES) {
    for (const code of ERROR_CODES.filter((candidate) => !general.has(candidate))) {
      expect(formatMessage(code, locale, { label: 'LABEL' })).toContain('LABEL');
    }
  }
});

test('numbers and dates are formatted for the locale', () => {
  expect(formatMessage('tooLong', 'de', { label: 'Text', max: 2000 })).toBe(
    '„Text“ darf höchstens 2.000 Zeichen lang sein'
  );
  expect(formatMessage('tooLong', 'en', { label: 'Text', max: 2000 })).toBe(
    '“Text” must be 2,000 characters or fewer'
  );
  expect(formatMessage('tooLong', 'en', { label: 'Text', max: 1 })).toBe(
    '“Text” must be 1 character or fewer'
  );
  expect(formatMessage('numberTooLarge', 'fa', { label: 'سن', max: 12 })).toBe(
    '«سن» باید ۱۲ یا کمتر باشد'
  );
  // Persian dates stay Gregorian: the city's dates are.
  expect(formatMessage('dateTooEarly', 'fa', { label: 'تاریخ', date: '2026-08-01' })).toBe(
    '«تاریخ» باید ۱ اوت ۲۰۲۶ یا پس از آن باشد'
  );
  expect(formatMessage('dateTooLate', 'ru', { label: 'Дата', date: '2026-08-01' })).toBe(
    'Дата в поле «Дата» должна быть не позже 1 августа 2026 г.'
  );
  expect(formatMessage('tooFewItems', 'de', { label: 'Kinder', min: 2 })).toBe(
    'Geben Sie bei „Kinder“ mindestens 2 Einträge an'
  );
});

test('file messages name the accepted types and the largest size in the locale', () => {
  const types = ['application/pdf', 'image/jpeg', 'image/png'] as const;
  expect(formatMessage('fileType', 'de', { label: 'Brief', types: [...types] })).toBe(
    'Die Datei bei „Brief“ muss ein PDF, JPEG oder PNG sein'
  );
  expect(formatMessage('fileTooLarge', 'de', { label: 'Brief', bytes: 5 * 1024 * 1024 })).toBe(
    'Die Datei bei „Brief“ darf höchstens 5 MB groß sein'
  );
  expect(formatMessage('fileType', 'ar', { label: 'رسالة', types: [...types] })).toContain(
    'PDF أو JPEG أو PNG'
  );
  expect(formatMessage('fileTooLarge', 'uk', { label: 'Лист', bytes: 5 * 1024 * 1024 })).toBe(
    'Розмір файлу в полі «Лист» має бути не більше ніж 5 МБ'
  );
  expect(fileSizeText(1536 * 1024, 'de')).toBe('1,5 MB');
  expect(fileSizeText(300, 'en')).toBe('1 kB');
  expect(fileTypesText(['image/png'], 'tr')).toBe('PNG');
});

test('an unknown locale gets German', () => {
  expect(formatMessage('required', 'xx', { label: 'Name' })).toBe('Geben Sie „Name“ an');
});
