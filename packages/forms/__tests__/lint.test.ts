import {
  COMMENT_PUBLISHING_FITS,
  commentPublishingIssues,
  formDefinitionSchema,
  lintForm,
  patternProblem,
  type FormDefinition,
} from '../src/index.ts';
import { definition, text } from './fixture.ts';

const status = {
  code: 'received',
  label: text('Eingegangen', 'تم الاستلام'),
  message: text('Danke', 'شكرًا'),
  closesCase: true,
};
const field = (key: string, type: string, extra: object = {}) => ({
  key,
  type,
  label: text(key.toUpperCase(), key),
  purpose: 'Test',
  ...extra,
});
const form = (fields: object[], extra: object = {}): FormDefinition =>
  formDefinitionSchema.parse({
    steps: [{ key: 'one', title: text('Eins', 'واحد'), fields }],
    statuses: [status],
    ...extra,
  });
const messages = (
  definition: FormDefinition,
  settings?: { anonymous: boolean; allowUploadsWhenAnonymous: boolean }
) =>
  lintForm({ definition, ...(settings ? { settings } : {}) }).map(
    (issue) => `${issue.path.join('.')}: ${issue.message}`
  );

test('the fixture form passes', () => {
  expect(lintForm({ definition })).toEqual([]);
});

test('field keys are unique in the whole form, group fields included; step keys too', () => {
  const twice = formDefinitionSchema.parse({
    steps: [
      {
        key: 'one',
        title: text('Eins', 'واحد'),
        fields: [
          field('name', 'shortText'),
          field('kids', 'group', {
            itemLabel: text('Kind', 'طفل'),
            fields: [field('name', 'shortText')],
          }),
        ],
      },
      { key: 'one', title: text('Zwei', 'اثنان'), fields: [field('kids', 'email')] },
    ],
    statuses: [status],
  });
  expect(messages(twice)).toEqual([
    'steps.0.fields.1.fields.0: Der Schlüssel von „NAME“ kommt im Formular zweimal vor. Jedes Feld braucht einen eigenen.',
    'steps.1: Der Schlüssel des Schritts „Zwei“ kommt zweimal vor.',
    'steps.1.fields.0: Der Schlüssel von „KIDS“ kommt im Formular zweimal vor. Jedes Feld braucht einen eigenen.',
  ]);
});

describe('conditions', () => {
  const choice = field('hours', 'singleChoice', {
    options: [{ value: 'half', label: text('Halb', 'نصف') }],
  });
  const multiple = field('times', 'multipleChoice', {
    options: [{ value: 'am', label: text('Vormittag', 'صباحًا') }],
  });
  const when = (condition: object) => field('then', 'shortText', { condition });
  test.each([
    [
      [when({ field: 'hours', operator: 'equals', value: 'half' }), choice],
      'Die Bedingung bezieht sich auf ein Feld, das nicht vorher im Formular steht.',
    ],
    [
      [choice, when({ field: 'hours', operator: 'equals', value: 'full' })],
      'Der Wert der Bedingung ist keine Antwort von „HOURS“.',
    ],
    [
      [choice, when({ field: 'hours', operator: 'includes', value: 'half' })],
      '„Enthält“ passt nur zu Mehrfachauswahlen',
    ],
    [
      [multiple, when({ field: 'times', operator: 'equals', value: 'am' })],
      '„TIMES“ ist eine Mehrfachauswahl',
    ],
    [
      [field('ok', 'yesNo'), when({ field: 'ok', operator: 'equals', value: 'ja' })],
      '„OK“ hat die Antworten Ja und Nein.',
    ],
    [
      [field('n', 'number'), when({ field: 'n', operator: 'equals', value: '3' })],
      '„N“ ist ein Zahlenfeld.',
    ],
    [
      [choice, when({ field: 'hours', operator: 'equals' })],
      'Geben Sie an, mit welchem Wert die Bedingung vergleicht.',
    ],
    [
      [choice, when({ field: 'hours', operator: 'answered', value: 'half' })],
      '„ist ausgefüllt“ braucht keinen Wert',
    ],
    [
      [field('who', 'name'), when({ field: 'who', operator: 'equals', value: 'x' })],
      'nur die Bedingung „ist ausgefüllt“ möglich',
    ],
    [
      [
        { key: 'h', type: 'heading', label: text('H', 'ه') },
        when({ field: 'h', operator: 'answered' }),
      ],
      'das keine Antwort hat',
    ],
    [[when({ field: 'then', operator: 'answered' })], 'nicht vorher im Formular'],
  ])('%#: refused', (fields, message) => {
    const issues = messages(form(fields));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain(message);
  });
  test('conditions on earlier fields with fitting values pass, in steps and group items too', () => {
    const ok = formDefinitionSchema.parse({
      steps: [
        {
          key: 'one',
          title: text('Eins', 'واحد'),
          fields: [
            choice,
            multiple,
            field('yes', 'yesNo'),
            when({ field: 'times', operator: 'includes', value: 'am' }),
          ],
        },
        {
          key: 'two',
          title: text('Zwei', 'اثنان'),
          condition: { field: 'yes', operator: 'equals', value: true },
          fields: [
            field('kids', 'group', {
              itemLabel: text('Kind', 'طفل'),
              fields: [
                field('note', 'shortText', {
                  condition: { field: 'hours', operator: 'notEquals', value: 'half' },
                }),
              ],
            }),
          ],
        },
      ],
      statuses: [status],
    });
    expect(messages(ok)).toEqual([]);
  });
  test('a condition inside a group may not refer to a field of the group', () => {
    const inGroup = form([
      field('kids', 'group', {
        itemLabel: text('Kind', 'طفل'),
        fields: [
          field('age', 'number'),
          field('note', 'shortText', { condition: { field: 'age', operator: 'answered' } }),
        ],
      }),
    ]);
    expect(messages(inGroup)[0]).toContain('nicht vorher im Formular');
  });
});

test('statuses: unique codes, and one that closes the case unless anonymous', () => {
  const statuses = [
    { ...status, closesCase: false },
    { ...status, label: text('Doppelt', 'مكرر'), closesCase: false },
  ];
  expect(messages(form([field('a', 'shortText')], { statuses }))).toEqual([
    'statuses.1: Der Status „Doppelt“ hat denselben Code wie ein anderer.',
    'statuses: Mindestens ein Status muss den Vorgang abschließen: mit ihm beginnt die Aufbewahrungsfrist.',
  ]);
  expect(
    messages(form([field('a', 'shortText')], { statuses: [statuses[0]] }), {
      anonymous: true,
      allowUploadsWhenAnonymous: false,
    })
  ).toEqual([]);
});

test('P-02: an input field without a purpose is refused (a definition that bypassed its schema)', () => {
  const bypassed = form([field('a', 'shortText')]);
  (bypassed.steps[0]!.fields[0] as { purpose: string }).purpose = ' ';
  expect(messages(bypassed)).toEqual([
    'steps.0.fields.0: Geben Sie bei „A“ an, wofür die Angabe gebraucht wird (Zweck, Datenminimierung).',
  ]);
});

test('anonymous forms: nothing that identifies a person required, no uploads unless allowed', () => {
  const fields = [
    field('who', 'name', { required: true }),
    field('mail', 'email', { required: true }),
    field('tel', 'phone'),
    field('where', 'address', { required: true }),
    field('proof', 'file', { accept: ['image/png'] }),
    field('people', 'group', {
      itemLabel: text('Person', 'شخص'),
      fields: [field('contact', 'phone', { required: true })],
    }),
  ];
  const anonymous = { anonymous: true, allowUploadsWhenAnonymous: false };
  expect(messages(form(fields), anonymous)).toEqual([
    'steps.0.fields.0: Das Formular ist anonym: „WHO“ darf keine Pflichtangabe sein.',
    'steps.0.fields.1: Das Formular ist anonym: „MAIL“ darf keine Pflichtangabe sein.',
    'steps.0.fields.3: Das Formular ist anonym: „WHERE“ darf keine Pflichtangabe sein.',
    'steps.0.fields.4: Das Formular ist anonym: Datei-Uploads sind aus. Entfernen Sie „PROOF“ oder erlauben Sie Uploads in anonymen Formularen.',
    'steps.0.fields.5.fields.0: Das Formular ist anonym: „CONTACT“ darf keine Pflichtangabe sein.',
  ]);
  expect(
    messages(form(fields.slice(4, 5)), { anonymous: true, allowUploadsWhenAnonymous: true })
  ).toEqual([]);
  expect(messages(form(fields))).toEqual([]);
});

test('rules that contradict each other', () => {
  expect(
    messages(
      form([
        field('a', 'shortText', { minLength: 10, maxLength: 5 }),
        field('b', 'number', { min: 5, max: 1 }),
        field('c', 'date', { min: '2026-02-01', max: '2026-01-01' }),
        field('d', 'multipleChoice', {
          minSelected: 2,
          maxSelected: 1,
          options: [{ value: 'x', label: text('X', 'س') }],
        }),
        field('e', 'singleChoice'),
        field('f', 'singleChoice', {
          optionsFromDirectory: { category: 'childcare' },
          options: [{ value: 'x', label: text('X', 'س') }],
        }),
        field('g', 'singleChoice', {
          options: [
            { value: 'x', label: text('X', 'س') },
            { value: 'x', label: text('Y', 'ص') },
          ],
        }),
        field('h', 'group', {
          minItems: 4,
          maxItems: 2,
          itemLabel: text('H', 'ه'),
          fields: [field('i', 'shortText')],
        }),
      ])
    )
  ).toEqual([
    'steps.0.fields.0: Bei „A“ ist die Mindestlänge größer als die Höchstlänge.',
    'steps.0.fields.1: Bei „B“ ist der kleinste erlaubte Wert größer als der größte.',
    'steps.0.fields.2: Bei „C“ liegt das früheste erlaubte Datum nach dem spätesten.',
    'steps.0.fields.3: Bei „D“ ist die Mindestzahl der Antworten größer als die Höchstzahl.',
    'steps.0.fields.3: Bei „D“ sollen mehr Antworten gewählt werden, als es gibt.',
    'steps.0.fields.4: „E“ hat keine Antworten. Fügen Sie Antworten hinzu oder wählen Sie eine Kategorie des Verzeichnisses.',
    'steps.0.fields.5: „F“ hat eigene Antworten und Antworten aus dem Verzeichnis. Wählen Sie eines von beiden.',
    'steps.0.fields.6: „G“ hat zwei Antworten mit demselben Wert.',
    'steps.0.fields.7: Bei „H“ ist die Mindestzahl der Einträge größer als die Höchstzahl.',
  ]);
});

describe('patterns', () => {
  test.each([
    ['(', 'ist kein gültiger regulärer Ausdruck'],
    ['(a+)+', 'Wiederholen Sie keine Gruppe'],
    ['(\\w|\\d)*', 'Wiederholen Sie keine Gruppe'],
    ['\\d*\\d*\\d*x', 'zu viele offene Wiederholungen'],
    ['(a)\\1', 'Verweise auf frühere Gruppen'],
  ])('%s is refused', (pattern, message) => {
    const issues = messages(form([field('a', 'shortText', { pattern })]));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toContain(message);
  });
  test.each([
    '[A-Z]{2}-\\d{4}',
    '\\d{5}',
    '\\p{L}+',
    '[\\p{L} -]+',
    '(\\+49)?\\d+',
    '(\\d{3}-)+\\d',
    '(?<year>\\d{4})-\\d{2}',
    'DE\\d{20}',
  ])('%s is accepted', (pattern) => {
    expect(patternProblem(pattern)).toBeUndefined();
  });
});

describe('statistical single choices', () => {
  const choice = (key: string, extra: object = {}) =>
    field(key, 'singleChoice', {
      options: [{ value: 'a', label: text('A', 'أ') }],
      statistical: true,
      ...extra,
    });

  test('a top-level single choice with fixed answers may be statistical', () => {
    expect(messages(form([choice('area')]))).toEqual([]);
  });

  test('not with answers from the directory, nor inside a repeated group', () => {
    const definition = form([
      choice('facility', { options: [], optionsFromDirectory: { category: 'kita' } }),
      field('kids', 'group', { itemLabel: text('Kind', 'طفل'), fields: [choice('area')] }),
    ]);
    expect(messages(definition)).toEqual([
      'steps.0.fields.0: „FACILITY“ ist statistisch auswertbar und braucht dafür eigene, feste Antworten: Antworten aus dem Verzeichnis ändern sich und können nicht gezählt werden.',
      'steps.0.fields.1.fields.0: „AREA“ steht in einer wiederholbaren Gruppe und kann nicht statistisch ausgewertet werden. Entfernen Sie dort „Statistisch auswertbar“.',
    ]);
  });

  test('the flag is not part of the schema of other field types', () => {
    expect(() => form([field('note', 'shortText', { statistical: true })])).toThrow();
  });
});

describe('comment publishing', () => {
  const fields = [
    field('chapter', 'singleChoice', { options: [{ value: 'kita', label: text('Kita', 'كيتا') }] }),
    field('feedback', 'longText'),
    field('publish', 'consent', { required: true }),
  ];

  test('names a text, a subject and a required consent', () => {
    const publishing = { textField: 'feedback', subjectField: 'chapter', consentField: 'publish' };
    expect(messages(form(fields, { commentPublishing: publishing }))).toEqual([]);
  });

  test('fields of the wrong type or missing are issues', () => {
    const publishing = { textField: 'chapter', subjectField: 'feedback', consentField: 'nothing' };
    expect(messages(form(fields, { commentPublishing: publishing }))).toEqual([
      'commentPublishing.textField: Für die Veröffentlichung als Kommentar fehlt ein Kurz- oder Langtextfeld mit dem Text.',
      'commentPublishing.subjectField: Für die Veröffentlichung als Kommentar fehlt ein Feld für das Thema (Einfachauswahl mit eigenen Antworten oder Kurztext).',
      'commentPublishing.consentField: Für die Veröffentlichung als Kommentar fehlt eine Einwilligung in die Veröffentlichung als Pflichtfeld.',
    ]);
  });

  test('a consent that is not required does not do', () => {
    const optional = [...fields.slice(0, 2), field('publish', 'consent', { required: false })];
    const publishing = { textField: 'feedback', subjectField: 'chapter', consentField: 'publish' };
    expect(messages(form(optional, { commentPublishing: publishing }))).toHaveLength(1);
  });

  test('a half-done choice gets the same messages, and the fits say which fields can be chosen', () => {
    const draftFields = [
      { key: 'chapter', type: 'singleChoice' as const },
      {
        key: 'facility',
        type: 'singleChoice' as const,
        optionsFromDirectory: { category: 'kita' },
      },
      { key: 'feedback', type: 'longText' as const },
      { key: 'publish', type: 'consent' as const, required: true },
      { key: 'maybe', type: 'consent' as const },
    ];
    expect(
      commentPublishingIssues({ textField: 'feedback', subjectField: '' }, draftFields).map(
        (issue) => issue.path.join('.')
      )
    ).toEqual(['commentPublishing.subjectField', 'commentPublishing.consentField']);
    const fitting = (role: keyof typeof COMMENT_PUBLISHING_FITS) =>
      draftFields.filter(COMMENT_PUBLISHING_FITS[role]).map((candidate) => candidate.key);
    expect(fitting('textField')).toEqual(['feedback']);
    expect(fitting('subjectField')).toEqual(['chapter']);
    expect(fitting('consentField')).toEqual(['publish']);
  });
});
