import { formDefinitionSchema, type FormDefinition, type LocalizedText } from '../src/index.ts';

/** A text in German, Arabic and English. */
export const text = (de: string, ar: string, en = de): LocalizedText => ({ de, ar, en });

const input = (key: string, de: string, ar: string) => ({
  key,
  label: text(de, ar),
  purpose: `Für die Bearbeitung: ${de}`,
});

/**
 * A form with every field type, a repeated group, conditions on a field, a
 * group item and a step, and the interpreter question: parsed by the
 * definition's own schema, so defaults apply as they do for a real snapshot.
 */
export const definition: FormDefinition = formDefinitionSchema.parse({
  askForInterpreter: true,
  steps: [
    {
      key: 'child',
      title: text('Kind', 'الطفل'),
      fields: [
        { key: 'intro', type: 'heading', label: text('Angaben zum Kind', 'بيانات الطفل') },
        {
          ...input('needsSupport', 'Besondere Bedürfnisse?', 'احتياجات خاصة؟'),
          type: 'yesNo',
          required: true,
        },
        {
          ...input('children', 'Kinder', 'الأطفال'),
          type: 'group',
          required: true,
          itemLabel: text('Kind', 'طفل'),
          minItems: 1,
          maxItems: 3,
          fields: [
            { ...input('childName', 'Name des Kindes', 'اسم الطفل'), type: 'name', required: true },
            {
              ...input('birthDate', 'Geburtsdatum des Kindes', 'تاريخ ميلاد الطفل'),
              type: 'date',
              required: true,
              min: { todayPlusDays: -3650 },
              max: { todayPlusDays: -1 },
            },
            {
              ...input(
                'supportText',
                'Welche Unterstützung braucht das Kind?',
                'ما الدعم الذي يحتاجه الطفل؟'
              ),
              type: 'longText',
              required: true,
              maxLength: 500,
              condition: { field: 'needsSupport', operator: 'equals', value: true },
            },
          ],
        },
      ],
    },
    {
      key: 'contact',
      title: text('Kontakt', 'التواصل'),
      fields: [
        { ...input('guardian', 'Ihr Name', 'اسمكم'), type: 'name', required: true },
        { ...input('address', 'Ihre Anschrift', 'عنوانكم'), type: 'address', required: true },
        { ...input('email', 'E-Mail-Adresse', 'البريد الإلكتروني'), type: 'email', required: true },
        { ...input('phone', 'Telefonnummer', 'رقم الهاتف'), type: 'phone' },
        {
          ...input('start', 'Gewünschter Beginn', 'تاريخ البدء المرغوب'),
          type: 'date',
          min: { todayPlusDays: 1 },
          max: '2030-12-31',
        },
        {
          ...input('hours', 'Betreuungszeit pro Tag', 'ساعات الرعاية يوميًا'),
          type: 'singleChoice',
          required: true,
          options: [
            { value: '4', label: text('4 Stunden', '4 ساعات') },
            { value: '6', label: text('6 Stunden', '6 ساعات') },
            { value: '8', label: text('8 Stunden', '8 ساعات') },
          ],
        },
        {
          ...input('facilities', 'Gewünschte Einrichtungen', 'المؤسسات المرغوبة'),
          type: 'multipleChoice',
          optionsFromDirectory: { category: 'childcare' },
          minSelected: 1,
          maxSelected: 2,
        },
        {
          ...input('siblings', 'Anzahl der Geschwister', 'عدد الإخوة'),
          type: 'number',
          min: 0,
          max: 10,
        },
        {
          ...input('reference', 'Aktenzeichen', 'رقم الملف'),
          type: 'shortText',
          minLength: 7,
          maxLength: 7,
          pattern: '[A-Z]{2}-\\d{4}',
          patternMessage: text(
            'Zwei Großbuchstaben, ein Bindestrich, vier Ziffern',
            'حرفان كبيران وشرطة وأربعة أرقام'
          ),
        },
        {
          ...input('documents', 'Nachweise', 'المستندات'),
          type: 'file',
          accept: ['application/pdf'],
          maxFiles: 2,
        },
        {
          ...input(
            'privacy',
            'Ich habe die Datenschutzhinweise gelesen',
            'لقد قرأت إشعار الخصوصية'
          ),
          type: 'consent',
          required: true,
        },
      ],
    },
    {
      key: 'longDay',
      title: text('Ganztag', 'اليوم الكامل'),
      condition: { field: 'hours', operator: 'equals', value: '8' },
      fields: [
        {
          ...input('reason', 'Warum brauchen Sie acht Stunden?', 'لماذا تحتاجون إلى ثماني ساعات؟'),
          type: 'longText',
          required: true,
        },
        {
          ...input('reasonDetails', 'Weitere Angaben', 'تفاصيل إضافية'),
          type: 'shortText',
          condition: { field: 'reason', operator: 'answered' },
        },
      ],
    },
  ],
  statuses: [
    {
      code: 'received',
      label: text('Eingegangen', 'تم الاستلام'),
      message: text('Wir haben Ihre Anmeldung erhalten.', 'لقد استلمنا طلبكم.'),
    },
    {
      code: 'closed',
      label: text('Abgeschlossen', 'مكتمل'),
      message: text('Die Anmeldung ist abgeschlossen.', 'اكتمل الطلب.'),
      closesCase: true,
    },
  ],
});

/** Today in these tests: fixed, so that relative date bounds give the same days every run. */
export const TODAY = '2026-06-15';

/** The directory's childcare facilities, as `teilhabeForm` would list them. */
export const directoryOptions = [
  {
    field: 'facilities',
    options: [{ value: 'kita-a1b2c3d4' }, { value: 'kita-e5f6g7h8' }, { value: 'kita-i9j0k1l2' }],
  },
];

/** Answers that pass every rule of {@link definition}, as a resident might type them. */
export const validAnswers = (): Record<string, unknown> => ({
  needsSupport: true,
  children: [
    {
      childName: { given: ' Lina ', family: 'Yılmaz' },
      birthDate: '2022-03-27',
      supportText: 'Sie braucht\r\nHilfe beim Essen.',
    },
  ],
  guardian: { given: 'Amina', family: 'Haddad' },
  address: { street: 'Musterstraße', houseNumber: '12a', postalCode: '12345', city: 'Musterstadt' },
  email: 'amina@example.org',
  phone: '+49 (0)1234  567-890',
  start: '2026-08-01',
  hours: '6',
  facilities: ['kita-a1b2c3d4'],
  siblings: 2,
  reference: 'AB-1234',
  documents: ['tok_0123456789abcdef'],
  privacy: true,
  _interpreter: 'ar',
});
