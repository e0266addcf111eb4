import { validateAnswers, type ValidationResult } from '../src/index.ts';
import { definition, directoryOptions, TODAY, validAnswers } from './fixture.ts';

const check = (answers: unknown, locale = 'de', stepKey?: string): ValidationResult =>
  validateAnswers({ definition }, answers, {
    locale,
    today: TODAY,
    directoryOptions,
    ...(stepKey ? { stepKey } : {}),
  });

/** The errors of answers that must fail, as `path: message`. */
const errorsOf = (answers: unknown, locale = 'de', stepKey?: string): string[] => {
  const result = check(answers, locale, stepKey);
  if (result.ok) {
    throw new Error('the answers passed');
  }
  return result.errors.map((error) => `${error.path.join('.')}: ${error.message}`);
};

/** The valid answers with some changed. */
const withAnswers = (changes: Record<string, unknown>): Record<string, unknown> => ({
  ...validAnswers(),
  ...changes,
});

test('valid answers pass and come back normalized: trimmed, NFC, line breaks as \\n, spaces in phone numbers collapsed', () => {
  const result = check(withAnswers({ guardian: { given: 'Ame\u0301lie', family: ' Haddad ' } }));
  expect(result).toEqual({
    ok: true,
    answers: {
      needsSupport: true,
      children: [
        {
          childName: { given: 'Lina', family: 'Yılmaz' },
          birthDate: '2022-03-27',
          supportText: 'Sie braucht\nHilfe beim Essen.',
        },
      ],
      guardian: { given: 'Amélie', family: 'Haddad' },
      address: {
        street: 'Musterstraße',
        houseNumber: '12a',
        postalCode: '12345',
        city: 'Musterstadt',
      },
      email: 'amina@example.org',
      phone: '+49 (0)1234 567-890',
      start: '2026-08-01',
      hours: '6',
      facilities: ['kita-a1b2c3d4'],
      siblings: 2,
      reference: 'AB-1234',
      documents: ['tok_0123456789abcdef'],
      privacy: true,
      _interpreter: 'ar',
    },
  });
});

describe('required fields, in German and Arabic', () => {
  const empty = { children: [{}] };
  test('German names the field by its label, in the style of GOV.UK', () => {
    expect(errorsOf(empty)).toEqual([
      'needsSupport: Wählen Sie bei „Besondere Bedürfnisse?“ eine Antwort aus',
      'children.0.childName: Geben Sie „Name des Kindes“ an',
      'children.0.birthDate: Geben Sie „Geburtsdatum des Kindes“ an',
      'guardian: Geben Sie „Ihr Name“ an',
      'address: Geben Sie „Ihre Anschrift“ an',
      'email: Geben Sie „E-Mail-Adresse“ an',
      'hours: Wählen Sie bei „Betreuungszeit pro Tag“ eine Antwort aus',
      'privacy: Bestätigen Sie „Ich habe die Datenschutzhinweise gelesen“, um fortzufahren',
    ]);
  });
  test('Arabic uses the Arabic labels', () => {
    expect(errorsOf(empty, 'ar')).toEqual([
      'needsSupport: يُرجى اختيار إجابة في «احتياجات خاصة؟»',
      'children.0.childName: يُرجى إدخال «اسم الطفل»',
      'children.0.birthDate: يُرجى إدخال «تاريخ ميلاد الطفل»',
      'guardian: يُرجى إدخال «اسمكم»',
      'address: يُرجى إدخال «عنوانكم»',
      'email: يُرجى إدخال «البريد الإلكتروني»',
      'hours: يُرجى اختيار إجابة في «ساعات الرعاية يوميًا»',
      'privacy: يُرجى تأكيد «لقد قرأت إشعار الخصوصية» للمتابعة',
    ]);
  });
  test('a blank text, an empty list and null count as not answered', () => {
    expect(errorsOf(withAnswers({ email: '   ', hours: null, privacy: false }))).toEqual([
      'email: Geben Sie „E-Mail-Adresse“ an',
      'hours: Wählen Sie bei „Betreuungszeit pro Tag“ eine Antwort aus',
      'privacy: Bestätigen Sie „Ich habe die Datenschutzhinweise gelesen“, um fortzufahren',
    ]);
    const result = check(withAnswers({ phone: '', facilities: [], documents: [], siblings: null }));
    expect(result.ok && Object.keys(result.answers)).toEqual(
      expect.not.arrayContaining(['phone', 'facilities', 'documents', 'siblings'])
    );
  });
  test('a required consent must be given: false is no consent', () => {
    expect(errorsOf(withAnswers({ privacy: false }), 'ar')).toEqual([
      'privacy: يُرجى تأكيد «لقد قرأت إشعار الخصوصية» للمتابعة',
    ]);
  });
});

describe('short and long texts', () => {
  test('length in characters, with the number in the locale', () => {
    expect(errorsOf(withAnswers({ reference: 'AB-123' }))).toEqual([
      'reference: „Aktenzeichen“ muss mindestens 7 Zeichen lang sein',
    ]);
    expect(errorsOf(withAnswers({ reference: 'AB-12345' }), 'ar')).toEqual([
      'reference: يجب ألّا يزيد عدد الأحرف في «رقم الملف» على 7',
    ]);
    const long = [{ ...(validAnswers().children as object[])[0], supportText: 'x'.repeat(501) }];
    expect(errorsOf(withAnswers({ children: long }))).toEqual([
      'children.0.supportText: „Welche Unterstützung braucht das Kind?“ darf höchstens 500 Zeichen lang sein',
    ]);
  });
  test('an emoji is one character', () => {
    const five = [{ ...(validAnswers().children as object[])[0], supportText: '😀'.repeat(500) }];
    expect(check(withAnswers({ children: five })).ok).toBe(true);
  });
  test('the pattern must match the whole answer', () => {
    expect(errorsOf(withAnswers({ reference: 'xAB-123' }))).toEqual([
      'reference: Geben Sie „Aktenzeichen“ im richtigen Format an',
    ]);
    expect(errorsOf(withAnswers({ reference: 'ab-1234' }), 'ar')).toEqual([
      'reference: يُرجى إدخال «رقم الملف» بالصيغة الصحيحة',
    ]);
  });
  test('a line break is refused in a short text, kept in a long one', () => {
    expect(errorsOf(withAnswers({ reference: 'AB-\n123' }))).toEqual([
      'reference: „Aktenzeichen“ enthält Zeichen, die nicht erlaubt sind. Entfernen Sie sie oder geben Sie den Text neu ein',
    ]);
  });
});

describe('e-mail and phone', () => {
  test.each(['amina', 'amina@', '@example.org', 'amina@example', 'a b@example.org'])(
    '"%s" is no e-mail address',
    (email) => {
      expect(errorsOf(withAnswers({ email }))).toEqual([
        'email: Geben Sie bei „E-Mail-Adresse“ eine E-Mail-Adresse im richtigen Format an, zum Beispiel name@beispiel.de',
      ]);
    }
  );
  test.each([
    '05132 1234',
    '+49 5132 123-45',
    '(05132) 12 34 56',
    '0511/123456',
    '+380 44 123 4567',
  ])('"%s" is a phone number', (phone) => {
    expect(check(withAnswers({ phone })).ok).toBe(true);
  });
  test.each(['12345', '123456789012345678901', '0511 12345 ext', '05132+1234', 'tel:05132'])(
    '"%s" is no phone number',
    (phone) => {
      expect(errorsOf(withAnswers({ phone }), 'ar')).toEqual([
        'phone: يُرجى إدخال رقم هاتف في «رقم الهاتف»، مثل \u206601234 567890\u2069 أو \u2066+49 1234 567890\u2069',
      ]);
    }
  );
});

describe('numbers', () => {
  test('bounds and whole numbers', () => {
    expect(errorsOf(withAnswers({ siblings: 11 }))).toEqual([
      'siblings: „Anzahl der Geschwister“ muss 10 oder kleiner sein',
    ]);
    expect(errorsOf(withAnswers({ siblings: -1 }), 'ar')).toEqual([
      'siblings: يجب أن يكون «عدد الإخوة» 0 أو أكثر',
    ]);
    expect(errorsOf(withAnswers({ siblings: 1.5 }))).toEqual([
      'siblings: „Anzahl der Geschwister“ muss eine ganze Zahl sein',
    ]);
  });
  test('a string, NaN or Infinity is no number', () => {
    for (const siblings of ['2', Number.NaN, Infinity]) {
      expect(errorsOf(withAnswers({ siblings }))).toEqual([
        'siblings: „Anzahl der Geschwister“ muss eine Zahl sein',
      ]);
    }
  });
});

describe('dates', () => {
  const child = (birthDate: string) =>
    withAnswers({ children: [{ ...(validAnswers().children as object[])[0], birthDate }] });
  test('a birth date must lie in the past: today is too late', () => {
    expect(errorsOf(child(TODAY))).toEqual([
      'children.0.birthDate: „Geburtsdatum des Kindes“ muss in der Vergangenheit liegen',
    ]);
    expect(errorsOf(child(TODAY), 'ar')).toEqual([
      'children.0.birthDate: يجب أن يكون «تاريخ ميلاد الطفل» في الماضي',
    ]);
    expect(check(child('2026-06-14')).ok).toBe(true);
  });
  test('the earliest day counts from today, with the date in the locale', () => {
    expect(check(child('2016-06-17')).ok).toBe(true);
    expect(errorsOf(child('2016-06-16'))).toEqual([
      'children.0.birthDate: „Geburtsdatum des Kindes“ muss der 17. Juni 2016 oder später sein',
    ]);
  });
  test('a start tomorrow at the earliest, and a fixed latest day', () => {
    expect(errorsOf(withAnswers({ start: TODAY }))).toEqual([
      'start: „Gewünschter Beginn“ muss in der Zukunft liegen',
    ]);
    expect(errorsOf(withAnswers({ start: '2031-01-01' }), 'ar')).toEqual([
      'start: يجب أن يكون «تاريخ البدء المرغوب» في 31 ديسمبر 2030 أو قبله',
    ]);
  });
  test.each(['2026-02-30', '2026-13-01', '01.08.2026', '2026-8-1', '20260801'])(
    '"%s" is no date',
    (start) => {
      expect(errorsOf(withAnswers({ start }))).toEqual([
        'start: „Gewünschter Beginn“ muss ein gültiges Datum sein',
      ]);
    }
  );
});

describe('choices', () => {
  test('a single choice takes one of its options', () => {
    expect(errorsOf(withAnswers({ hours: '5' }))).toEqual([
      'hours: Wählen Sie bei „Betreuungszeit pro Tag“ eine der angebotenen Antworten aus',
    ]);
    expect(errorsOf(withAnswers({ hours: ['6'] }))).toEqual([
      'hours: Die Antwort bei „Betreuungszeit pro Tag“ hat nicht das erwartete Format',
    ]);
  });
  test('directory options: only the values the directory gave, at least one, at most two', () => {
    expect(errorsOf(withAnswers({ facilities: ['kita-unknown'] }), 'ar')).toEqual([
      'facilities: يُرجى اختيار إحدى الإجابات المعروضة في «المؤسسات المرغوبة»',
    ]);
    expect(
      errorsOf(withAnswers({ facilities: ['kita-a1b2c3d4', 'kita-e5f6g7h8', 'kita-i9j0k1l2'] }))
    ).toEqual(['facilities: Wählen Sie bei „Gewünschte Einrichtungen“ höchstens 2 aus']);
    const twice = check(withAnswers({ facilities: ['kita-a1b2c3d4', 'kita-a1b2c3d4'] }));
    expect(twice.ok && twice.answers.facilities).toEqual(['kita-a1b2c3d4']);
  });
  test('without the directory options, no directory value is accepted', () => {
    const result = validateAnswers({ definition }, validAnswers(), { locale: 'de', today: TODAY });
    expect(result.ok || result.errors.map((error) => error.code)).toEqual(['option']);
  });
  test('yes/no takes a boolean only', () => {
    expect(errorsOf(withAnswers({ needsSupport: 'true' }))).toEqual([
      'needsSupport: Die Antwort bei „Besondere Bedürfnisse?“ hat nicht das erwartete Format',
    ]);
  });
});

describe('name and address', () => {
  test('both parts of a name', () => {
    expect(errorsOf(withAnswers({ guardian: { given: 'Amina' } }))).toEqual([
      'guardian: Geben Sie bei „Ihr Name“ den Nachnamen an',
    ]);
    expect(errorsOf(withAnswers({ guardian: { family: 'Haddad', given: ' ' } }), 'ar')).toEqual([
      'guardian: يُرجى إدخال الاسم الأول في «اسمكم»',
    ]);
  });
  test('a German address: five-digit postal code, a house number', () => {
    const address = (change: object) =>
      withAnswers({ address: { ...(validAnswers().address as object), ...change } });
    expect(errorsOf(address({ postalCode: '1234' }))).toEqual([
      'address: Geben Sie bei „Ihre Anschrift“ eine fünfstellige Postleitzahl an, zum Beispiel 12345',
    ]);
    expect(errorsOf(address({ houseNumber: 'zwölf' }))).toEqual([
      'address: Geben Sie bei „Ihre Anschrift“ die Hausnummer an, zum Beispiel 12 oder 12a',
    ]);
    expect(errorsOf(address({ street: '' }), 'ar')).toEqual([
      'address: يُرجى إدخال اسم الشارع في «عنوانكم»',
    ]);
    expect(errorsOf(address({ city: '' }))).toEqual([
      'address: Geben Sie bei „Ihre Anschrift“ den Ort an',
    ]);
    for (const houseNumber of ['1', '12 a', '12-14', '3/1', '101b']) {
      expect(check(address({ houseNumber })).ok).toBe(true);
    }
  });
  test('extra parts are refused', () => {
    expect(errorsOf(withAnswers({ guardian: { given: 'A', family: 'B', middle: 'C' } }))).toEqual([
      'guardian: Die Antwort bei „Ihr Name“ hat nicht das erwartete Format',
    ]);
  });
});

describe('repeated groups', () => {
  const child = (validAnswers().children as object[])[0];
  test('at least one item when required, at most maxItems', () => {
    expect(errorsOf(withAnswers({ children: [] }))).toEqual([
      'children: Geben Sie bei „Kinder“ mindestens 1 Eintrag an',
    ]);
    expect(errorsOf(withAnswers({ children: [child, child, child, child] }), 'ar')).toEqual([
      'children: يجب ألّا يزيد عدد الإدخالات في «الأطفال» على 3',
    ]);
  });
  test('every item is checked, with its index in the path', () => {
    expect(
      errorsOf(withAnswers({ children: [child, { ...child, birthDate: '2030-01-01', extra: 1 }] }))
    ).toEqual([
      'children.1.extra: Das Formular hat eine Angabe erhalten, die es nicht kennt. Laden Sie die Seite neu und versuchen Sie es noch einmal',
      'children.1.birthDate: „Geburtsdatum des Kindes“ muss in der Vergangenheit liegen',
    ]);
  });
  test('a condition on a top-level field hides a field in every item', () => {
    const result = check(withAnswers({ needsSupport: false }));
    expect(result.ok && result.answers.children).toEqual([
      { childName: { given: 'Lina', family: 'Yılmaz' }, birthDate: '2022-03-27' },
    ]);
  });
  test('items must be objects', () => {
    expect(errorsOf(withAnswers({ children: ['Lina'] }))).toEqual([
      'children: Die Antwort bei „Kinder“ hat nicht das erwartete Format',
    ]);
  });
});

describe('files', () => {
  test('tokens, at most maxFiles, duplicates dropped', () => {
    expect(
      errorsOf(
        withAnswers({ documents: ['tok_aaaaaaaaaaaa', 'tok_bbbbbbbbbbbb', 'tok_cccccccccccc'] })
      )
    ).toEqual(['documents: Bei „Nachweise“ können Sie höchstens 2 Dateien hochladen']);
    expect(errorsOf(withAnswers({ documents: ['../../etc/passwd'] }), 'ar')).toEqual([
      'documents: تعذّر العثور على الملف في «المستندات». يُرجى تحميله مرة أخرى',
    ]);
    expect(errorsOf(withAnswers({ documents: 'tok_aaaaaaaaaaaa' }))).toEqual([
      'documents: Die Antwort bei „Nachweise“ hat nicht das erwartete Format',
    ]);
  });
});

describe('conditional steps', () => {
  test('a step shown by a choice is checked; hidden, its answers are dropped', () => {
    expect(errorsOf(withAnswers({ hours: '8' }))).toEqual([
      'reason: Geben Sie „Warum brauchen Sie acht Stunden?“ an',
    ]);
    const shown = check(
      withAnswers({ hours: '8', reason: 'Schichtarbeit', reasonDetails: 'Früh' })
    );
    expect(shown.ok && [shown.answers.reason, shown.answers.reasonDetails]).toEqual([
      'Schichtarbeit',
      'Früh',
    ]);
    const hidden = check(withAnswers({ reason: 'Schichtarbeit', reasonDetails: 'Früh' }));
    expect(hidden.ok && Object.keys(hidden.answers)).not.toContain('reason');
    expect(hidden.ok && Object.keys(hidden.answers)).not.toContain('reasonDetails');
  });
});

describe('one step at a time', () => {
  test('checks and returns that step only; the others may be present or missing', () => {
    const result = check({ hours: '8', reason: ' Schicht ' }, 'de', 'longDay');
    expect(result).toEqual({ ok: true, answers: { reason: 'Schicht' } });
    expect(errorsOf({}, 'ar', 'child')).toEqual([
      'needsSupport: يُرجى اختيار إجابة في «احتياجات خاصة؟»',
      'children: يجب ألّا يقلّ عدد الإدخالات في «الأطفال» عن 1',
    ]);
  });
  test('a hidden step has nothing to check', () => {
    expect(check({ hours: '4', reason: 'x' }, 'de', 'longDay')).toEqual({ ok: true, answers: {} });
  });
  test('unknown keys are refused in a step check too; an unknown step is a caller error', () => {
    expect(errorsOf({ reason: 'x', hacked: 1 }, 'de', 'longDay')).toHaveLength(1);
    expect(() => check({}, 'de', 'nope')).toThrow(RangeError);
  });
});

describe('the interpreter question', () => {
  test('at most 60 characters', () => {
    expect(errorsOf(withAnswers({ _interpreter: 'x'.repeat(61) }))).toEqual([
      '_interpreter: Die Sprache für das Dolmetschen darf höchstens 60 Zeichen lang sein',
    ]);
    expect(errorsOf(withAnswers({ _interpreter: 3 }), 'ar')).toEqual([
      '_interpreter: الإجابة في «الترجمة الفورية» ليست بالصيغة المتوقعة',
    ]);
  });
  test('refused when the form does not ask', () => {
    const result = validateAnswers(
      { definition: { ...definition, askForInterpreter: false } },
      validAnswers(),
      {
        locale: 'de',
        today: TODAY,
        directoryOptions,
      }
    );
    expect(result.ok || result.errors.map((error) => error.path)).toEqual([['_interpreter']]);
  });
});
