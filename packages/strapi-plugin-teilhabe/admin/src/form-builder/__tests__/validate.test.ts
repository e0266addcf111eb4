import { formDefinitionSchema } from '@teilhabe/forms';
import { renameConditionField } from '../conditions';
import type { DraftDefinition, DraftField } from '../draft';
import { describePath } from '../location';
import { missingTranslations } from '../translation-status';
import { structureIssues } from '../structure-issues';
import { validateDraft } from '../validate';

const yesNo: DraftField = {
  type: 'yesNo',
  key: 'hatKinder',
  label: { de: 'Haben Sie Kinder?', ar: 'هل لديك أطفال؟' },
  required: true,
  purpose: 'Betreuungsbedarf',
};
const longText: DraftField = {
  type: 'longText',
  key: 'kinder',
  label: { de: 'Über Ihre Kinder' },
  required: false,
  purpose: 'Betreuungsbedarf',
  maxLength: 2000,
  condition: { field: 'hatKinder', operator: 'equals', value: true },
};

const valid = (): DraftDefinition => ({
  steps: [{ key: 'familie', title: { de: 'Familie' }, fields: [yesNo, longText] }],
  statuses: [
    {
      code: 'eingegangen',
      label: { de: 'Eingegangen' },
      message: { de: 'Wir prüfen.' },
      closesCase: true,
    },
  ],
  onePerPage: false,
  askForInterpreter: false,
});

const withFields = (...fields: DraftField[]): DraftDefinition => ({
  ...valid(),
  steps: [{ key: 'familie', title: { de: 'Familie' }, fields }],
});

const placesOf = (draft: DraftDefinition) =>
  validateDraft(draft).map(({ path, message }) => [path, message]);

const structureOf = (draft: DraftDefinition) =>
  structureIssues(draft).map(({ path, message }) => [path, message]);

describe('validateDraft', () => {
  it('finds nothing in a definition the schema accepts', () => {
    expect(formDefinitionSchema.safeParse(valid()).success).toBe(true);
    expect(validateDraft(valid())).toEqual([]);
  });

  it('puts a missing German text at the German input of that text', () => {
    const draft = withFields({ ...yesNo, label: { de: '' } }, longText);
    expect(placesOf(draft)).toEqual([['steps.0.fields.0.label.de', 'error.required']]);
  });

  it('says what a key must look like, at the key', () => {
    expect(placesOf(withFields({ ...yesNo, key: 'Hat Kinder' }))).toEqual([
      ['steps.0.fields.0.key', 'error.key-format'],
    ]);
  });

  it('tells a step without fields from a group without fields and a form without steps', () => {
    expect(placesOf({ ...valid(), steps: [] })).toEqual([['steps', 'error.steps-min']]);
    expect(placesOf(withFields())).toEqual([['steps.0.fields', 'error.fields-min']]);
    const group: DraftField = {
      type: 'group',
      key: 'kinderListe',
      label: { de: 'Kinder' },
      purpose: 'Betreuung',
      itemLabel: { de: 'Kind' },
      fields: [],
    };
    expect(placesOf(withFields(group))).toEqual([
      ['steps.0.fields.0.fields', 'error.group-fields-min'],
    ]);
  });

  it('gives the limits of numbers and lists', () => {
    const file: DraftField = {
      type: 'file',
      key: 'nachweis',
      label: { de: 'Nachweis' },
      purpose: 'Prüfung',
      accept: [],
      maxFiles: 9,
    };
    const issues = validateDraft(withFields(file));
    expect(issues).toEqual([
      { path: 'steps.0.fields.0.accept', message: 'error.accept-min', values: { min: 1 } },
      { path: 'steps.0.fields.0.maxFiles', message: 'error.number-max', values: { max: 5 } },
    ]);
  });

  it('finds keys used twice and conditions on later or unknown fields', () => {
    const later = { ...longText, condition: undefined };
    const draft = withFields(
      { ...yesNo, condition: { field: 'kinder', operator: 'answered' } },
      later,
      { ...later, label: { de: 'Noch einmal' } }
    );
    expect(structureOf(draft)).toEqual([
      ['steps.0.fields.2.key', 'error.key-duplicate'],
      ['steps.0.fields.0.condition.field', 'error.condition-unknown'],
    ]);
  });

  it('asks for the value of a comparison and for options of a choice', () => {
    const choice: DraftField = {
      type: 'singleChoice',
      key: 'kita',
      label: { de: 'Kita' },
      purpose: 'Platzvergabe',
      options: [],
    };
    const draft = withFields(
      yesNo,
      {
        ...longText,
        condition: { field: 'hatKinder', operator: 'equals' },
      },
      choice
    );
    expect(structureOf(draft)).toEqual([
      ['steps.0.fields.1.condition.value', 'error.condition-value'],
      ['steps.0.fields.2.options', 'error.options-missing'],
    ]);
  });

  it('finds a largest value below the smallest', () => {
    expect(
      structureOf(withFields({ ...longText, condition: undefined, minLength: 50, maxLength: 10 }))
    ).toEqual([['steps.0.fields.0.maxLength', 'error.range']]);
  });
});

describe('validateDraft once the shape is right', () => {
  it('gives the checks publishing enforces, in German, at their place', () => {
    const draft: DraftDefinition = {
      ...valid(),
      statuses: [{ code: 'neu', label: { de: 'Neu' }, message: { de: 'Wir prüfen.' } }],
    };
    expect(validateDraft(draft)).toEqual([
      {
        path: 'statuses',
        message: 'error.invalid',
        text: expect.stringContaining('Mindestens ein Status muss den Vorgang abschließen'),
      },
    ]);
  });
});

describe('describePath', () => {
  it('names step, field and language the way the builder shows them', () => {
    expect(describePath(valid(), 'steps.0.fields.1.label.ar')).toEqual([
      { kind: 'step', number: 1, name: 'Familie' },
      { kind: 'field', number: 2, name: 'Über Ihre Kinder' },
      { kind: 'property', property: 'label' },
      { kind: 'locale', code: 'ar' },
    ]);
    expect(describePath(valid(), 'statuses.0.code')).toEqual([
      { kind: 'status', number: 1, name: 'Eingegangen' },
      { kind: 'property', property: 'code' },
    ]);
    expect(describePath(valid(), 'steps')).toEqual([{ kind: 'property', property: 'steps' }]);
  });
});

describe('missingTranslations', () => {
  it('counts every text residents read that lacks the locale', () => {
    // step title, two labels, status label and message
    expect(missingTranslations(valid(), 'en')).toBe(5);
    expect(missingTranslations(valid(), 'ar')).toBe(4);
  });
});

describe('renameConditionField', () => {
  it('points conditions at a field’s new key', () => {
    const renamed = renameConditionField(valid(), 'hatKinder', 'kinderImHaushalt');
    expect(renamed.steps[0]?.fields[1]?.condition?.field).toBe('kinderImHaushalt');
    expect(renamed.steps[0]?.fields[0]?.key).toBe('hatKinder');
  });
});
